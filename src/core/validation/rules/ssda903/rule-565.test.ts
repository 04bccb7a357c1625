import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-565.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 565', () => {
  it('passes a start date with M or A, and a row with neither', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MISSING: 'A' }), missing({ MISSING: null, MIS_START: null, MIS_END: null })] }), []);
  });
  it('flags a start date (even an unreadable one) without M or A', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MISSING: null }), missing({ MISSING: ' ', MIS_START: null, raw: { MIS_START: '2023-13-01' } })] })), ['Missing.MISSING=null', 'Missing.MISSING= ']);
  });
});
