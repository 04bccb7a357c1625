import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1009.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 1009', () => {
  it('passes a valid reason and a blank one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ REASON_PLACE_CHANGE: 'CUSTOD' }), episode({ REASON_PLACE_CHANGE: null })] }), []);
  });
  it('flags a code not in the list', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ REASON_PLACE_CHANGE: 'MOVED' })] })), ['Episodes.REASON_PLACE_CHANGE=MOVED']);
  });
});
