import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-566.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 566', () => {
  it('passes an end date with M, and no end date without it', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MISSING: 'M' }), missing({ MISSING: null, MIS_END: null })] }), []);
  });
  it('flags an end date without M or A', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MISSING: null, MIS_START: null })] })), ['Missing.MISSING=null']);
  });
});
