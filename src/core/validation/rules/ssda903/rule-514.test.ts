import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-514.ts';
import { ad1, cellsOf, check } from './test-helpers.ts';

describe('rule 514', () => {
  it('passes LS_ADOPTR L0 with SEX_ADOPTR F1, and other LS_ADOPTR values with any', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L0', SEX_ADOPTR: 'F1' })] }), []);
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'FF' })] }), []);
  });
  it('flags LS_ADOPTR L0 with SEX_ADOPTR FF', () => {
    const findings = check(rule, { ad1: [ad1({ LS_ADOPTR: 'L0', SEX_ADOPTR: 'FF' })] });
    assert.deepEqual(cellsOf(findings), ['AD1.SEX_ADOPTR=FF']);
    assert.equal(findings[0]!.related[0]!.field, 'LS_ADOPTR');
  });
});
