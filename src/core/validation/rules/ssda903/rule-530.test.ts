import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-530.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 530', () => {
  it('passes PR4 with K2, and P1 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR4', PLACE: 'K2' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR0', PLACE: 'P1' })] }), []);
  });
  it('flags PR4 with P1', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR4', PLACE: 'P1' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=P1']);
    assert.equal(findings[0]!.related[0]!.value, 'PR4');
  });
});
