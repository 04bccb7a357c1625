import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-567.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 567', () => {
  it('passes a period ending the day it started', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2024-02-29', MIS_END: '2024-02-29' })] }), []);
  });
  it('flags one ending the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: '2024-02-29', MIS_END: '2024-02-28' })] })), ['Missing.MIS_END=2024-02-28']);
  });
});
