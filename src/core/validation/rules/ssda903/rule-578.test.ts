import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-578.ts';
import { cellsOf, check, episode, missing } from './test-helpers.ts';

describe('rule 578', () => {
  it('passes a period starting on the day care ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E8' })], missing: [missing({ MIS_START: '2023-09-01' })] }), []);
  });
  it('flags one starting the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })], missing: [missing({ MIS_START: '2023-09-02', MIS_END: '2023-09-03' })] })), ['Missing.MIS_START=2023-09-02']);
  });
});
