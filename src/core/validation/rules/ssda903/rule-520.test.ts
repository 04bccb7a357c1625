import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-520.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 520', () => {
  it('passes LS_ADOPTR L11 with SEX_ADOPTR MF, and other LS_ADOPTR values with any', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' })] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' })] }), []);
  });
  it('flags LS_ADOPTR L11 with SEX_ADOPTR MM', () => {
    const findings = check(rule, { ad1: [ad1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.SEX_ADOPTR=MM']);
    assert.equal(findings[0]!.related[0]!.field, 'LS_ADOPTR');
  });
});
