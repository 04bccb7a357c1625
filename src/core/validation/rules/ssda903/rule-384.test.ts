import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-384.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 384', () => {
  it('passes V3 in short-term foster care and U4 under a care order', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ LS: 'V3', PLACE: 'U6' }), episode({ LS: 'C2', PLACE: 'U4' })] }), []);
  });
  it('flags V3 in U1 and V4 in U4', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ LS: 'V3', PLACE: 'U1' }), episode({ LS: 'V4', PLACE: 'U4' })] })), ['Episodes.PLACE=U1', 'Episodes.PLACE=U4']);
  });
});
