import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-233.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 233', () => {
  it('passes a reason on an ended episode', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2025-08-01', REC: 'X1', REASON_PLACE_CHANGE: 'CARPL' })] }, { year: '2025/26' }), []);
  });
  it('flags a reason on an open episode', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ REASON_PLACE_CHANGE: 'CARPL' })] }, { year: '2025/26' })), [
      'Episodes.REASON_PLACE_CHANGE=CARPL',
    ]);
  });
});
