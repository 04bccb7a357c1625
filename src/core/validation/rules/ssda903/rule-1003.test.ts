import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-1003.ts';
import { cellsOf, check, episode, placed, relatedOf } from './test-helpers.ts';

describe('rule 1003', () => {
  it('passes a decision on the day the child started to be looked after', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01' })], placed_for_adoption: [placed({ DATE_PLACED: '2023-06-01' })] }), []);
  });
  it('flags a decision the day before, with DECOM and RNE as related cells', () => {
    const [f] = check(rule, { episodes: [episode({ DECOM: '2023-06-01' })], placed_for_adoption: [placed({ DATE_PLACED: '2023-05-31' })] });
    assert.deepEqual(cellsOf([f!]), ['PlacedAdoption.DATE_PLACED=2023-05-31']);
    assert.deepEqual(relatedOf(f), ['Episodes.DECOM=2023-06-01', 'Episodes.RNE=S']);
  });
  it('checks against the start of the first period, not a later one', () => {
    const episodes = [episode({ DECOM: '2023-04-10', DEC: '2023-08-01', REC: 'E13' }), episode({ DECOM: '2024-01-05', RNE: 'S' })];
    assert.deepEqual(check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2023-07-01' })] }), []);
  });
  it('does not check when the first episode carries on care begun in an earlier year', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2023-06-01', RNE: 'P' })], placed_for_adoption: [placed({ DATE_PLACED: '2020-01-01' })] }), []);
  });
});
