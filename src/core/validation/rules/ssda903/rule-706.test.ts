import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-706.ts';
import { cellsOf, check, dolo, header, run } from './test-helpers.ts';

const year = '2026/27';
const lastYear = { dolo: [dolo({ DOLO_START: '2026-02-01', DOLO_END: null })] };

describe('rule 706', () => {
  it('passes last year\'s open DoLO carried on', () => {
    assert.deepEqual(check(rule, { dolo: [dolo({ DOLO_START: '2026-02-01', DOLO_END: '2026-05-01' })] }, { year, previous: lastYear }), []);
  });
  it('flags it when this year does not have it', () => {
    assert.deepEqual(cellsOf(check(rule, { header: [header()] }, { year, previous: lastYear })), ['DoLo (previous year).DOLO_START=2026-02-01']);
  });
  it('is skipped when last year\'s return had no DoLo table', () => {
    assert.equal(run(rule, { dolo: [] }, { year }).outcome.status, 'skipped');
  });
});
