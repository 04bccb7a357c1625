import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-234.ts';
import { cellsOf, check, episode, header } from './test-helpers.ts';

const custody = episode({ DECOM: '2025-05-01', DEC: '2025-09-01', REC: 'X1', REASON_PLACE_CHANGE: 'CUSTOD' });

describe('rule 234', () => {
  it('passes custody for a child 10 on the day', () => {
    assert.deepEqual(check(rule, { header: [header({ DOB: '2015-09-01' })], episodes: [custody] }, { year: '2025/26' }), []);
  });
  it('flags custody for a child 10 the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header({ DOB: '2015-09-02' })], episodes: [custody] }, { year: '2025/26' })), [
      'Episodes.REASON_PLACE_CHANGE=CUSTOD',
    ]);
  });
});
