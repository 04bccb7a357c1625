import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-705.ts';
import { cellsOf, check, dolo } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 705', () => {
  it('passes a DoLO starting the day the previous one ended', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_START: '2026-05-01', DOLO_END: '2026-06-01' }), dolo({ DOLO_START: '2026-06-01' })] }, year), []);
  });
  it('flags one starting while the previous one is open', () => {
    assert.deepEqual(cellsOf(check(rule, { dolo: [dolo({ DOLO_START: '2026-05-01' }), dolo({ DOLO_START: '2026-06-01' })] }, year)), ['DoLo.DOLO_START=2026-06-01']);
  });
});
