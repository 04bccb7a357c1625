import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-145.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 145', () => {
  it('passes a valid CIN', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ CIN: 'N8' })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ CIN: 'N9' })] })), ['Episodes.CIN=N9']);
  });
  it('flags a blank CIN, which is required', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ CIN: null })] })), ['Episodes.CIN=null']);
  });
});
