import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InspectionVersion } from './recorded.ts';
import { revisionChanges } from './revision-changes.ts';

const version: InspectionVersion = {
  kind: 'standard-inspection', start: '2026-03-02', end: '2026-03-13', published: null, focus: null, reportUrl: null,
  judgements: [{ type: 'overall-effectiveness', grade: 'requires improvement' }, { type: 'care-leavers', grade: 'good' }],
  findings: [{ id: 1, kind: 'recommendation', seq: 1, text: 'A' }, { id: 2, kind: 'recommendation', seq: 2, text: 'B' }, { id: 3, kind: 'strength', seq: 3, text: 'C' }],
};

describe('what changed between two versions of a record', () => {
  it('says nothing changed when nothing did', () => {
    assert.deepEqual(revisionChanges(version, structuredClone(version)), []);
  });

  it('names each changed field, judgement and finding', () => {
    const after: InspectionVersion = {
      ...version,
      kind: 'short-inspection',
      published: '2026-04-20',
      judgements: [{ type: 'overall-effectiveness', grade: 'good' }],
      findings: [{ id: 2, kind: 'recommendation', seq: 1, text: 'B' }, { id: 1, kind: 'recommendation', seq: 2, text: 'A, reworded' }, { id: 4, kind: 'area-for-priority-action', seq: 3, text: 'D' }],
    };
    assert.deepEqual(revisionChanges(version, after), [
      'Kind: Standard inspection → Short inspection',
      'Publication date: none → 2026-04-20',
      'Overall effectiveness: Requires improvement → Good',
      'Care leavers: Good → not graded',
      'Recommendation 2 moved to 1',
      'Recommendation 2 reworded',
      'Area for priority action 3 added',
      'Strength 3 removed',
    ]);
  });
});
