import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-408.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 408', () => {
  it('passes A5 under E1 and A4 (with consent) under a care order', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'A5', LS: 'E1' }), episode({ PLACE: 'A4', LS: 'C2' })] }), []);
  });
  it('flags A6 under a care order', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'A6', LS: 'C2' })] })), ['Episodes.LS=C2']);
  });
});
