import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-519.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 519', () => {
  it('passes LS_ADOPTR L2 with SEX_ADOPTR MF, and other LS_ADOPTR values with any', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'MF' })] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L0', SEX_ADOPTR: 'F1' })] }), []);
  });
  it('flags LS_ADOPTR L2 with SEX_ADOPTR F1', () => {
    const findings = check(rule, { ad1: [ad1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'F1' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.SEX_ADOPTR=F1']);
    assert.equal(findings[0]!.related[0]!.field, 'LS_ADOPTR');
  });
});
