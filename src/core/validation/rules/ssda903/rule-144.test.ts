import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-144.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 144', () => {
  it('passes a valid LS', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V2' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'C3' })] })), ['Episodes.LS=C3']);
  });
  it('flags a blank LS, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: null })] })), ['Episodes.LS=null']);
  });
});
