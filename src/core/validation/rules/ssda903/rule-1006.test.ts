import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1006.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 1006', () => {
  it('passes M and A', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MISSING: 'M' }), missing({ MISSING: 'A' })] }), []);
  });
  it('flags another code and a blank', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MISSING: 'X' }), missing({ MISSING: null })] })), ['Missing.MISSING=X', 'Missing.MISSING=null']);
  });
});
