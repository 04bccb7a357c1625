import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1005.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 1005', () => {
  it('passes a real end date and a blank one', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_END: '2024-03-31' }), missing({ MIS_END: null })] }), []);
  });
  it('flags a date that is not a date', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_END: null, raw: { MIS_END: '32/03/2024' } })] })), ['Missing.MIS_END=32/03/2024']);
  });
});
