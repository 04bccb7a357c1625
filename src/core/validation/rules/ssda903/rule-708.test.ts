import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-708.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 708', () => {
  it('passes a DoLO from the day of birth', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOB: '2026-06-01', DOLO_START: '2026-06-01' })] }, year), []);
  });
  it('flags one the day before, using the DoLo row\'s DOB without a header', () => {
    assert.deepEqual(cellsOf(check(rule, { dolo: [dolo({ DOB: '2026-06-01', DOLO_START: '2026-05-31' })] }, year)), ['DoLo.DOLO_START=2026-05-31']);
  });
});
