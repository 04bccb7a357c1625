import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-177.ts';
import { cellsOf, check, ad1 } from './test-helpers.ts';

describe('rule 177', () => {
  it('passes a valid LS_ADOPTR', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L0' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ LS_ADOPTR: 'L1' })] })), ['AD1.LS_ADOPTR=L1']);
  });
  it('passes a blank LS_ADOPTR, which is optional here', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ LS_ADOPTR: null })] }), []);
  });
});
