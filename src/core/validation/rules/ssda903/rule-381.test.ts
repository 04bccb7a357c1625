import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-381.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

describe('rule 381', () => {
  it('passes a temporary placement ending X1 and an open one', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ RNE: 'P', PLACE: 'T2', DEC: '2023-07-01', REC: 'X1' }), episode({ RNE: 'P', PLACE: 'T2', DECOM: '2023-08-01' })] }), []);
  });
  it('flags care ending in a temporary placement', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ RNE: 'P', PLACE: 'T3', DEC: '2023-07-01', REC: 'E13' })] })), ['Episodes.PLACE=T3']);
  });
});
