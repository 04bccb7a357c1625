import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-553.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

describe('rule 553', () => {
  it('passes a placement order with a decision', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'E1' })], placed_for_adoption: [placed()] }), []);
  });
  it('flags a placement order without one', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'E1' })] })), ['Episodes.LS=E1']);
  });
});
