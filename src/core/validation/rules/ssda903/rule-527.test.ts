import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-527.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 527', () => {
  it('passes PR1 with U4, and R5 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR1', PLACE: 'U4' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR4', PLACE: 'R5' })] }), []);
  });
  it('flags PR1 with R5', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR1', PLACE: 'R5' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=R5']);
    assert.equal(findings[0]!.related[0]!.value, 'PR1');
  });
});
