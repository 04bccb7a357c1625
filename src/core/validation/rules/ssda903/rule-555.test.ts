import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-555.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

describe('rule 555', () => {
  it('passes a freeing order with a decision', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'D1' })], placed_for_adoption: [placed()] }), []);
  });
  it('flags a freeing order without one', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'D1' })] })), ['Episodes.LS=D1']);
  });
});
