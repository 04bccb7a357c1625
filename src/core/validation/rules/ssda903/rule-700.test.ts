import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-700.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 700', () => {
  it('passes a real start date, 29 February 2028 included', () => {
    assert.deepEqual(check(rule, { dolo: [dolo(), dolo({ DOLO_START: '2028-02-29' })] }, year), []);
  });
  it('flags 29 February 2027 (no such day) and a blank start', () => {
    const findings = check(rule, { dolo: [dolo({ DOLO_START: null, raw: { DOLO_START: '29/02/2027' } }), dolo({ DOLO_START: null })] }, year);
    assert.deepEqual(cellsOf(findings), ['DoLo.DOLO_START=29/02/2027', 'DoLo.DOLO_START=null']);
  });
});
