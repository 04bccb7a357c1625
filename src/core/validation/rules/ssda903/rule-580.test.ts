import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-580.ts';
import { cellsOf, check, episode, missing } from './test-helpers.ts';

describe('rule 580', () => {
  it('passes E8 for a child missing when care ended, and another reason for a child back that day', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E8' })], missing: [missing({ MIS_START: '2023-08-30', MIS_END: null })] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })], missing: [missing({ MIS_START: '2023-08-30', MIS_END: '2023-09-01' })] }), []);
  });
  it('flags another reason for a child still missing the day after care ended', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })], missing: [missing({ MIS_START: '2023-08-30', MIS_END: '2023-09-02' })] })), ['Episodes.REC=E13']);
  });
});
