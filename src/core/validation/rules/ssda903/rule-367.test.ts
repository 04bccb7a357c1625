import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from '../../../model/dates.ts';
import { rule } from './rule-367.ts';
import { cellsOf, check, episode } from './test-helpers.ts';

/** Breaks of `nights` nights starting on the given days. */
const breaks = (nights: number, starts: readonly string[]) => ({
  episodes: starts.map((DECOM) => episode({ LS: 'V3', PLACE: 'U6', DECOM, DEC: addDays(DECOM, nights), REC: 'E4A' })),
});

describe('rule 367', () => {
  it('passes five 15-night breaks (75 days) in 12 months', () => {
    assert.deepEqual(check(rule, breaks(15, ['2023-04-01', '2023-06-01', '2023-08-01', '2023-10-01', '2023-12-01'])), []);
  });
  it('flags a sixth night, on the break that takes the total over 75', () => {
    const rows = breaks(15, ['2023-04-01', '2023-06-01', '2023-08-01', '2023-10-01', '2023-12-01']);
    const more = { episodes: [...rows.episodes, episode({ LS: 'V3', PLACE: 'U6', DECOM: '2024-02-01', DEC: '2024-02-02', REC: 'E4A' })] };
    assert.deepEqual(cellsOf(check(rule, more)), ['Episodes.DECOM=2024-02-01']);
  });
  it('counts only the days inside the 12 months from a break’s start', () => {
    // 2023-04-01 + 12 months = 2024-04-01: a break starting then falls in the next window.
    assert.deepEqual(check(rule, breaks(15, ['2023-04-01', '2023-06-01', '2023-08-01', '2023-10-01', '2023-12-01', '2024-04-01'])), []);
  });
});
