import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-114.ts';
import { cellsOf, check, ad1 } from './test-helpers.ts';

describe('rule 114', () => {
  it('passes a valid FOSTER_CARE', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ FOSTER_CARE: '1' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ FOSTER_CARE: '2' })] })), ['AD1.FOSTER_CARE=2']);
  });
  it('passes a blank FOSTER_CARE, which is optional here', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ FOSTER_CARE: null })] }), []);
  });
});
