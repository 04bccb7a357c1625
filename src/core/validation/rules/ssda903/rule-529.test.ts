import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-529.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 529', () => {
  it('passes PR3 with R2, and K2 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR3', PLACE: 'R2' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR4', PLACE: 'K2' })] }), []);
  });
  it('flags PR3 with K2', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR3', PLACE: 'K2' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=K2']);
    assert.equal(findings[0]!.related[0]!.value, 'PR3');
  });
});
