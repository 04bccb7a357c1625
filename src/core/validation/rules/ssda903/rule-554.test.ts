import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-554.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

const episodes = [episode({ LS: 'C2', DEC: '2024-02-29', REC: 'X1' }), episode({ DECOM: '2024-02-29', RNE: 'L', LS: 'E1' })];

describe('rule 554', () => {
  it('passes a decision on the leap day the placement order was granted', () => {
    assert.deepEqual(check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2024-02-29' })] }), []);
  });
  it('flags a decision the day after', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes, placed_for_adoption: [placed({ DATE_PLACED: '2024-03-01' })] })), ['PlacedAdoption.DATE_PLACED=2024-03-01']);
  });
});
