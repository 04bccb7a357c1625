import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-113.ts';
import { cellsOf, check, ad1 } from './test-helpers.ts';

describe('rule 113', () => {
  it('passes a valid DATE_MATCH', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ DATE_MATCH: '2023-06-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ DATE_MATCH: null, raw: { DATE_MATCH: '31/02/2023' } })] })), ['AD1.DATE_MATCH=31/02/2023']);
  });
  it('passes a blank DATE_MATCH, which is optional here', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ DATE_MATCH: null })] }), []);
  });
});
