import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-528.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 528', () => {
  it('passes PR2 with U6, and R2 with another provider', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR2', PLACE: 'U6' }), episode({ DECOM: '2023-09-01', RNE: 'P', PLACE_PROVIDER: 'PR4', PLACE: 'R2' })] }), []);
  });
  it('flags PR2 with R2', () => {
    const findings = check(rule, { episodes: [episode({ PLACE_PROVIDER: 'PR2', PLACE: 'R2' })] });
    assert.deepEqual(cellsOf(findings), ['Episodes.PLACE=R2']);
    assert.equal(findings[0]!.related[0]!.value, 'PR2');
  });
});
