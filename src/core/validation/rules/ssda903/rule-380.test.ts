import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-380.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 380', () => {
  it('passes a period starting in foster care and a temporary placement mid-period', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ RNE: 'S', PLACE: 'U4' }), episode({ RNE: 'P', PLACE: 'T1' })] }), []);
  });
  it('flags a period starting with T0–T4', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ RNE: 'S', PLACE: 'T0' }), episode({ RNE: 'S', PLACE: 'T4' })] })), ['Episodes.PLACE=T0', 'Episodes.PLACE=T4']);
  });
});
