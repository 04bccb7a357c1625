import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-707.ts';
import { cellsOf, check, dolo, episode } from './test-helpers.ts';

const year = { year: '2026/27' } as const;

describe('rule 707', () => {
  it('passes an open DoLO while looked after', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2026-05-01', PLACE: 'K2' })], dolo: [dolo()] }, year), []);
  });
  it('flags an open DoLO after care ended', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2026-05-01', PLACE: 'K2', DEC: '2026-09-01', REC: 'E17' })], dolo: [dolo()] }, year)), ['DoLo.DOLO_END=null']);
  });
});
