import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-551.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

const episodes = [episode({ PLACE: 'U4', DEC: '2023-08-01', REC: 'X1' }), episode({ DECOM: '2023-08-01', RNE: 'P', PLACE: 'A4', DEC: '2023-09-01', REC: 'X1' }), episode({ DECOM: '2023-09-01', RNE: 'L', PLACE: 'A4' })];

describe('rule 551', () => {
  it('passes a placement for adoption with a decision, and a child not placed for adoption', () => {
    assert.deepEqual(check(rule, { episodes, placed_for_adoption: [placed()] }), []);
    assert.deepEqual(check(rule, { episodes: [episode()] }), []);
  });
  it('flags the first A4 episode once when there is no decision date', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: null })] })), ['Episodes.PLACE=A4']);
  });
});
