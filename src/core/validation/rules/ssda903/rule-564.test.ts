import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-564.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 564', () => {
  it('passes a period with its start date, and an unreadable one (rule 1004)', () => {
    assert.deepEqual(check(rule, { missing: [missing(), missing({ MIS_START: null, raw: { MIS_START: '32/01/2024' } })] }), []);
  });
  it('flags a blank start date', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: null })] })), ['Missing.MIS_START=null']);
  });
});
