import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-222.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 222', () => {
  it('passes a URN for a children\'s home, and for H5 from 2023/24', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'K2', URN: 'SC1' }), episode({ PLACE: 'H5', URN: 'SC2' })] }), []);
  });
  it('flags a URN for a placement with parents, and for H5 in 2022/23', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'P1', URN: 'SC1' })] })), ['Episodes.URN=SC1']);
    assert.equal(check(variantFor(rules, '2022/23'), { episodes: [episode({ PLACE: 'H5', URN: 'SC1' })] }, { year: '2022/23' }).length, 1);
  });
});
