import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-574.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

describe('rule 574', () => {
  it('passes a period starting the day the previous ended', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2023-08-03', MIS_END: null }), missing({ MIS_START: '2023-08-01', MIS_END: '2023-08-03' })] }), []);
  });
  it('flags a period starting the day before the previous ended, and one starting while it is open', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: '2023-08-01', MIS_END: '2023-08-03' }), missing({ MIS_START: '2023-08-02', MIS_END: '2023-08-04' })] })), ['Missing.MIS_START=2023-08-02']);
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: '2023-08-01', MIS_END: null }), missing({ MIS_START: '2023-09-01' })] })), ['Missing.MIS_START=2023-09-01']);
  });
});
