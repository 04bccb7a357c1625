import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-511.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 511', () => {
  it('passes NB_ADOPTR 2 with SEX_ADOPTR MF, and other NB_ADOPTR values with any', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ NB_ADOPTR: 2, SEX_ADOPTR: 'MF' })] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1({ NB_ADOPTR: 1, SEX_ADOPTR: 'M1' })] }), []);
  });
  it('flags NB_ADOPTR 2 with SEX_ADOPTR M1', () => {
    const findings = check(rule, { ad1: [ad1({ NB_ADOPTR: 2, SEX_ADOPTR: 'M1' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.SEX_ADOPTR=M1']);
    assert.equal(findings[0]!.related[0]!.field, 'NB_ADOPTR');
  });
});
