import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-576.ts';
import { cellsOf, check, missing } from './test-helpers.ts';

const lastYear = { missing: [missing({ MIS_START: '2023-03-30', MIS_END: null }), missing({ MIS_START: '2022-12-01', MIS_END: '2022-12-02' })] };

describe('rule 576', () => {
  it('passes last year\'s open period carried on with its start date', () => {
    assert.deepEqual(check(rule, { missing: [missing({ MIS_START: '2023-03-30', MIS_END: '2023-04-02' })] }, { previous: lastYear }), []);
  });
  it('flags last year\'s open period missing this year', () => {
    assert.deepEqual(cellsOf(check(rule, { missing: [missing({ MIS_START: '2023-03-31', MIS_END: '2023-04-02' })] }, { previous: lastYear })), ['Missing (previous year).MIS_START=2023-03-30']);
  });
});
