import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-558.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

const adopted = [episode({ PLACE: 'A5', DEC: '2024-03-31', REC: 'E12' })];

describe('rule 558', () => {
  it('passes an adoption under an open decision after an earlier one ceased', () => {
    const placed_for_adoption = [placed({ DATE_PLACED: '2022-01-01', DATE_PLACED_CEASED: '2022-05-01' }), placed({ DATE_PLACED: '2023-05-01' })];
    assert.deepEqual(check(rule, { episodes: adopted, placed_for_adoption }), []);
  });
  it('flags a latest decision with a date it ceased', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: adopted, placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2024-03-01' })] })), ['PlacedAdoption.DATE_PLACED_CEASED=2024-03-01']);
  });
});
