import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-550.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 550', () => {
  it('passes PR0 with P1, and U4 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR0', PLACE: 'P1' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR1', PLACE: 'U4' })] }), []);
  });
  it('flags PR0 with U4', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR0', PLACE: 'U4' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=U4']);
    assert.equal(findings[0]!.related[0]!.value, 'PR0');
  });
});
