import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-382.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 382', () => {
  it('passes V3 in foster care and T1 under a care order', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', PLACE: 'U6' }), episode({ LS: 'C2', PLACE: 'T1' })] }), []);
  });
  it('flags V4 in T4', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V4', PLACE: 'T4' })] })), ['Episodes.PLACE=T4']);
  });
});
