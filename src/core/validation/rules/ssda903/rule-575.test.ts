import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-575.ts';
import { cellsOf, check, episode, missing } from './test-helpers.ts';

const open = missing({ MIS_START: '2023-08-01', MIS_END: null });

describe('rule 575', () => {
  it('passes an open period while the placement goes on, also through a change of legal status only', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })], missing: [open] }), []);
    const legalOnly = [episode({ DECOM: '2023-06-01', DEC: '2023-09-01', REC: 'X1' }), episode({ DECOM: '2023-09-01', RNE: 'L', LS: 'C2' })];
    assert.deepEqual(check(rule, { episodes: legalOnly, missing: [open] }), []);
  });
  it('flags an open period from a placement that ended with a move', () => {
    const moved = [episode({ DECOM: '2023-06-01', DEC: '2023-09-01', REC: 'X1' }), episode({ DECOM: '2023-09-01', RNE: 'P' })];
    const findings = check(rule, { episodes: moved, missing: [open] });
    assert.deepEqual(cellsOf(findings), ['Missing.MIS_END=null']);
    assert.equal(findings[0]!.related[0]!.value, '2023-09-01');
  });
  it('flags one whose placement ended on the day the child went missing', () => {
    assert.equal(check(rule, { episodes: [episode({ DECOM: '2023-06-01', DEC: '2023-08-01', REC: 'E8' })], missing: [open] }).length, 1);
  });
});
