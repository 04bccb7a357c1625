import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-577.ts';
import { cellsOf, check, episode, missing } from './test-helpers.ts';

describe('rule 577', () => {
  it('passes an open period while still looked after, and ended periods after care ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], missing: [missing({ MIS_END: null })] }), []);
    assert.deepEqual(check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E13' })], missing: [missing()] }), []);
  });
  it('flags an open period after care ended', () => {
    const findings = check(rule, { episodes: [episode({ DEC: '2023-09-01', REC: 'E8' })], missing: [missing({ MIS_END: null })] });
    assert.deepEqual(cellsOf(findings), ['Missing.MIS_END=null']);
    assert.equal(findings[0]!.related[0]!.value, '2023-09-01');
  });
});
