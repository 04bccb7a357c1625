import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-146.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 146', () => {
  it("passes the year's codes", () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'H5' })] }), []);
    assert.deepEqual(check(variantFor(rules, '2024/25'), { episodes: [episode({ PLACE: 'K3' })] }, { year: '2024/25' }), []);
  });
  it('flags codes of other years, unknown codes and blanks', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'K3' }), episode({ PLACE: null })] })), [
      'Episodes.PLACE=K3', 'Episodes.PLACE=null',
    ]);
    assert.equal(check(variantFor(rules, '2024/25'), { episodes: [episode({ PLACE: 'H5' })] }, { year: '2024/25' }).length, 1);
  });
});
