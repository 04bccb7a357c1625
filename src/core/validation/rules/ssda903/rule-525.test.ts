import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-525.ts';
import { ad1, cellsOf, check, placed } from './test-helpers.ts';

const none = { DATE_INT: null, DATE_MATCH: null, FOSTER_CARE: null, NB_ADOPTR: null, SEX_ADOPTR: null, LS_ADOPTR: null };

describe('rule 525', () => {
  it('passes adoption details after an earlier reversed decision and a later one', () => {
    const placed_for_adoption = [placed({ DATE_PLACED: '2022-01-01', DATE_PLACED_CEASED: '2022-06-01' }), placed({ DATE_PLACED: '2023-05-01' })];
    assert.deepEqual(check(rule, { placed_for_adoption, ad1: [ad1()] }), []);
  });
  it('passes a reversed decision with an empty AD1 row', () => {
    assert.deepEqual(check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2023-09-01' })], ad1: [ad1(none)] }), []);
  });
  it('flags each adoption detail given after the reversal', () => {
    const findings = check(rule, { placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2023-09-01' })], ad1: [ad1({ ...none, DATE_MATCH: '2023-08-01', NB_ADOPTR: 2 })] });
    assert.deepEqual(cellsOf(findings), ['AD1.DATE_MATCH=2023-08-01', 'AD1.NB_ADOPTR=2']);
  });
});
