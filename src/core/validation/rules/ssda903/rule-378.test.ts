import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-378.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 378', () => {
  it('passes P1 under a care order and V2 in foster care', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ PLACE: 'P1', LS: 'C2' }), episode({ PLACE: 'U4', LS: 'V2' })] }), []);
  });
  it('flags P1 under V2', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ PLACE: 'P1', LS: 'V2' })] })), ['Episodes.PLACE=P1']);
  });
});
