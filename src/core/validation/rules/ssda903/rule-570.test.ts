import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-570.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 570', () => {
  it('passes a period starting on 31 March', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2024-03-31', MIS_END: null })] }), []);
  });
  it('flags one starting on 1 April after the year', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: '2024-04-01', MIS_END: null })] })), ['Missing.MIS_START=2024-04-01']);
  });
});
