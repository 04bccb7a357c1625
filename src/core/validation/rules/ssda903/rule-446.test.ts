import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-446.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 446', () => {
  it('passes E1 starting on 30 December 2005', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'E1', DECOM: '2005-12-30' })] }), []);
  });
  it('flags E1 starting the day before', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'E1', DECOM: '2005-12-29' })] })), ['Episodes.LS=E1']);
  });
});
