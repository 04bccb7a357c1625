import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-178.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 178', () => {
  it('passes PR0 to PR5 and blank', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE_PROVIDER: 'PR5' }), episode({ PLACE_PROVIDER: null })] }), []);
  });
  it('flags other codes in every year', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE_PROVIDER: 'PR6' })] })), ['Episodes.PLACE_PROVIDER=PR6']);
    assert.equal(check(variantFor(rules, '2025/26'), { episodes: [episode({ PLACE_PROVIDER: 'PR9' })] }, { year: '2025/26' }).length, 1);
  });
});
