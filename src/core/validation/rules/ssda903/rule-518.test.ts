import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-518.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 518', () => {
  it('passes LS_ADOPTR L4 with SEX_ADOPTR FF, and other LS_ADOPTR values with any', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' })] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' })] }), []);
  });
  it('flags LS_ADOPTR L4 with SEX_ADOPTR MF', () => {
    const findings = check(rule, { ad1: [ad1({ LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.SEX_ADOPTR=MF']);
    assert.equal(findings[0]!.related[0]!.field, 'LS_ADOPTR');
  });
});
