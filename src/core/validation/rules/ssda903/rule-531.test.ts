import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-531.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 531', () => {
  it('passes PR5 with U4, and P1 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR5', PLACE: 'U4' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR0', PLACE: 'P1' })] }), []);
  });
  it('flags PR5 with P1', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR5', PLACE: 'P1' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=P1']);
    assert.equal(findings[0]!.related[0]!.value, 'PR5');
  });
});
