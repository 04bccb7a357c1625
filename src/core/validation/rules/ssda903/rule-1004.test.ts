import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1004.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 1004', () => {
  it('passes a real start date, 29 February in a leap year included', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2024-02-29' })] }), []);
  });
  it('flags a date that is not a date, and a blank one', () => {
    const rows = [missing({ MIS_START: null, raw: { MIS_START: '29/02/2023' } }), missing({ MIS_START: null })];
    assert.deepEqual(cellsOf(check(rule, { missing: rows })), ['Missing.MIS_START=29/02/2023', 'Missing.MIS_START=null']);
  });
});
