import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rule } from './rule-117.ts';
import { cellsOf, check, episode, placed } from './test-helpers.ts';

describe('rule 117', () => {
  it('passes decisions up to 31 March, and up to the day care ended', () => {
    assert.deepEqual(check(rule, { episodes: [episode()], placed_for_adoption: [placed({ DATE_PLACED: '2024-03-31' })] }), []);
    const ended = episode({ DEC: '2023-10-01', REC: 'E11' });
    assert.deepEqual(check(rule, { episodes: [ended], placed_for_adoption: [placed({ DATE_PLACED: '2023-10-01' })] }), []);
  });
  it('flags a decision after the year, and one after the care ended', () => {
    assert.deepEqual(cellsOf(check(rule, { episodes: [episode()], placed_for_adoption: [placed({ DATE_PLACED_CEASED: '2024-04-01', REASON_PLACED_CEASED: 'RD1' })] })), [
      'PlacedAdoption.DATE_PLACED_CEASED=2024-04-01',
    ]);
    const ended = episode({ DEC: '2023-10-01', REC: 'E4A' });
    assert.deepEqual(cellsOf(check(rule, { episodes: [ended], placed_for_adoption: [placed({ DATE_PLACED: '2023-10-02' })] })), [
      'PlacedAdoption.DATE_PLACED=2023-10-02',
    ]);
  });
  it('does not take an X1 ending as leaving care', () => {
    const moved = episode({ DEC: '2023-10-01', REC: 'X1' });
    assert.deepEqual(check(rule, { episodes: [moved], placed_for_adoption: [placed({ DATE_PLACED: '2023-10-02' })] }), []);
  });
});
