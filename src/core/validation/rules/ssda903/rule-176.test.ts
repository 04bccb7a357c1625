import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-176.ts';
import { cellsOf, check, ad1 } from './test-helpers.ts';

describe('rule 176', () => {
  it('passes a valid SEX_ADOPTR', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ SEX_ADOPTR: 'FF' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ SEX_ADOPTR: 'XY' })] })), ['AD1.SEX_ADOPTR=XY']);
  });
  it('passes a blank SEX_ADOPTR, which is optional here', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ SEX_ADOPTR: null })] }), []);
  });
});
