import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-445.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 445', () => {
  it('passes D1 starting on 30 December 2005', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'D1', DECOM: '2005-12-30' })] }, { year: '2022/23' }), []);
  });
  it('flags D1 starting the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'D1', DECOM: '2005-12-31' })] }, { year: '2022/23' })), ['Episodes.LS=D1']);
  });
});
