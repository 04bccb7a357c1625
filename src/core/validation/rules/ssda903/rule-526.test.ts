import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-526.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 526', () => {
  it('passes a provider given, and temporary or other placements without one', () => {
    const episodes = [episode({ PLACE_PROVIDER: 'PR4' }), episode({ DECOM: '2023-07-01', RNE: 'P', PLACE: 'T1', PLACE_PROVIDER: null }), episode({ DECOM: '2023-08-01', RNE: 'P', PLACE: 'Z1', PLACE_PROVIDER: ' ' })];
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes }), []);
  });
  it('flags a foster placement without a provider', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'U4', PLACE_PROVIDER: null })] })), ['Episodes.PLACE_PROVIDER=null']);
  });
  it('exempts the other-placement sub-codes from 2025/26 only', () => {
    const episodes = [episode({ DECOM: '2025-06-01', PLACE: 'Z12', PLACE_PROVIDER: null })];
    assert.deepEqual(check(variantFor(rules, '2025/26'), { episodes }, { year: '2025/26' }), []);
    assert.equal(check(variantFor(rules, '2024/25'), { episodes }, { year: '2024/25' }).length, 1);
  });
});
