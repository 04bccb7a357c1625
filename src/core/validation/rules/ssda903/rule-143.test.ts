import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-143.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 143', () => {
  it('passes a valid RNE', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ RNE: 'P' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ RNE: 'X' })] })), ['Episodes.RNE=X']);
  });
  it('flags a blank RNE, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ RNE: null })] })), ['Episodes.RNE=null']);
  });
});
