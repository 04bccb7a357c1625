import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-702.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 702', () => {
  it('passes a DoLO ending the day it started', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_START: '2026-06-01', DOLO_END: '2026-06-01' })] }, year), []);
  });
  it('flags one ending the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { dolo: [dolo({ DOLO_START: '2026-06-01', DOLO_END: '2026-05-31' })] }, year)), ['DoLo.DOLO_END=2026-05-31']);
  });
});
