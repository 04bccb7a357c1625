import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-213.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 213', () => {
  it('passes a temporary placement with no provider, and a foster placement with one', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'T1', PLACE_PROVIDER: null }), episode()] }), []);
  });
  it('flags a provider for T0-T4 and Z1 placements', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'T4' }), episode({ PLACE: 'Z1' })] })), [
      'Episodes.PLACE_PROVIDER=PR1', 'Episodes.PLACE_PROVIDER=PR1',
    ]);
    assert.equal(check(variantFor(rules, '2025/26'), { episodes: [episode({ PLACE: 'Z12' })] }, { year: '2025/26' }).length, 1);
  });
});
