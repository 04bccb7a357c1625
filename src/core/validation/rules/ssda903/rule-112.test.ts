import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-112.ts';
import { cellsOf, check, ad1 } from './test-helpers.ts';

describe('rule 112', () => {
  it('passes a valid DATE_INT', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ DATE_INT: '2023-05-01' })] }), []);
  });
  it('flags an unreadable date', () => {
    assert.deepEqual(cellsOf(check(rule, { ad1: [ad1({ DATE_INT: null, raw: { DATE_INT: '31/02/2023' } })] })), ['AD1.DATE_INT=31/02/2023']);
  });
  it('passes a blank DATE_INT, which is optional here', () => {
    assert.deepEqual(check(rule, { ad1: [ad1({ DATE_INT: null })] }), []);
  });
});
