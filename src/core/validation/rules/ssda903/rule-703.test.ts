import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-703.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 703', () => {
  it('passes a DoLO starting on 31 March 2027', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_START: '2027-03-31' })] }, year), []);
  });
  it('flags one starting on 1 April 2027', () => {
    assert.deepEqual(cellsOf(check(rule, { dolo: [dolo({ DOLO_START: '2027-04-01' })] }, year)), ['DoLo.DOLO_START=2027-04-01']);
  });
});
