import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-226.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 226', () => {
  it('passes a reason for a foster placement', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ REASON_PLACE_CHANGE: 'CARPL' })] }), []);
  });
  it('flags a reason for a temporary placement', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'T0', REASON_PLACE_CHANGE: 'OTHER' })] })), [
      'Episodes.REASON_PLACE_CHANGE=OTHER',
    ]);
    assert.equal(check(variantFor(rules, '2025/26'), { episodes: [episode({ PLACE: 'T3', REASON_PLACE_CHANGE: 'OTHER' })] }, { year: '2025/26' }).length, 1);
  });
});
