import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-118.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

const ceased = (date: string) => placed({ DATE_PLACED_CEASED: date, REASON_PLACED_CEASED: 'RD1' });

describe('rule 118', () => {
  it('passes a decision on 1 April for a child looked after since before', () => {
    assert.deepEqual(check(rule, { episodes: [episode({ DECOM: '2022-01-01' })], placed_for_adoption: [ceased('2023-04-01')] }), []);
  });
  it('flags a decision before the year', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode({ DECOM: '2022-01-01' })], placed_for_adoption: [ceased('2023-03-31')] })), [
      'PlacedAdoption.DATE_PLACED_CEASED=2023-03-31',
    ]);
  });
  it('flags a decision before the care began, ignoring earlier short breaks', () => {
    const episodes = [episode({ DECOM: '2023-05-01', LS: 'V3', DEC: '2023-05-03', REC: 'E8' }), episode({ DECOM: '2023-06-01' })];
    assert.deepEqual(cellsOf(check(rule, { episodes, placed_for_adoption: [ceased('2023-05-31')] })), ['PlacedAdoption.DATE_PLACED_CEASED=2023-05-31']);
  });
});
