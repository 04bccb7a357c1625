import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-581.ts';
import { cellsOf, check, episode, missing } from './test-helpers.ts';

describe('rule 581', () => {
  it('passes a period starting the day the child became looked after', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })], missing: [missing({ MIS_START: '2023-06-01' })] }), []);
  });
  it('flags one starting the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })], missing: [missing({ MIS_START: '2023-05-31' })] })), ['Missing.MIS_START=2023-05-31']);
  });
});
