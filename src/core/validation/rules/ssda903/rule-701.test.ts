import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-701.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 701', () => {
  it('passes a real end date and no end date', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_END: '2026-07-01' }), dolo({ DOLO_END: null })] }, year), []);
  });
  it('flags an end date that is not a date', () => {
    assert.deepEqual(cellsOf(check(rule, { dolo: [dolo({ DOLO_END: null, raw: { DOLO_END: '31/04/2026' } })] }, year)), ['DoLo.DOLO_END=31/04/2026']);
  });
});
