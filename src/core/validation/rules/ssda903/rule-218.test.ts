import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rules } from './rule-218.ts';
import { cellsOf, check, episode, variantFor } from './test-helpers.ts';

describe('rule 218', () => {
  it('passes a children\'s home with a URN, a placement with parents without one, and an episode that ended before the year', () => {
    const rows = [episode({ PLACE: 'K2', URN: 'SC123456' }), episode({ PLACE: 'P1' }), episode({ PLACE: 'K2', DEC: '2023-03-31', REC: 'E4A' })];
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: rows }), []);
  });
  it('passes a short break (V3/V4) in a children\'s home without a URN, which rule 214 says leave out', () => {
    assert.deepEqual(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'K2', LS: 'V3' }), episode({ PLACE: 'U4', LS: 'V4' })] }), []);
  });
  it('flags a foster placement without a URN, and K3 from 2024/25', () => {
    assert.deepEqual(cellsOf(check(variantFor(rules, '2023/24'), { episodes: [episode({ PLACE: 'U4', DEC: '2023-04-01', REC: 'E4A' })] })), ['Episodes.URN=null']);
    assert.equal(check(variantFor(rules, '2024/25'), { episodes: [episode({ PLACE: 'K3', DECOM: '2024-05-01' })] }, { year: '2024/25' }).length, 1);
  });
});
