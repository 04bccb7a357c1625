import { addDays } from '../../../model/dates.ts';
import type { Episode } from '../../../model/ssda903.ts';
import { episode, header, type Rows } from './test-helpers.ts';

/**
 * The shared test cases of a "spell of code X lasts at most N days" rule (361–365, 375, 376, 379), as
 * data so each rule's test runs them: the limit itself passes, a day more fails, consecutive episodes
 * with the code count as one spell, and an open spell counts to 31 March (2023/24 returns).
 */
export interface DurationCase {
  readonly name: string;
  readonly rows: Rows;
  /** The expected finding cells, as `cellsOf` writes them. */
  readonly expected: readonly string[];
}

export function durationCases(field: 'LS' | 'PLACE', value: string, maxDays: number): DurationCase[] {
  const start = '2023-06-01';
  const one = (p: Partial<Episode>): Rows => ({ header: [header()], episodes: [episode({ DECOM: start, [field]: value, ...p })] });
  const flagged = [`Episodes.DECOM=${start}`];
  const middle = addDays(start, 1);
  const openFrom = (days: number) => addDays('2024-03-31', -days);
  return [
    { name: `passes ${value} lasting exactly ${maxDays} days`, rows: one({ DEC: addDays(start, maxDays), REC: 'E13' }), expected: [] },
    { name: `flags ${value} lasting ${maxDays + 1} days`, rows: one({ DEC: addDays(start, maxDays + 1), REC: 'E13' }), expected: flagged },
    {
      name: 'counts consecutive episodes with the code as one spell',
      rows: {
        header: [header()],
        episodes: [
          episode({ DECOM: start, [field]: value, DEC: middle, REC: 'X1' }),
          episode({ DECOM: middle, RNE: field === 'LS' ? 'P' : 'L', [field]: value, DEC: addDays(start, maxDays + 1), REC: 'E13' }),
        ],
      },
      expected: flagged,
    },
    { name: `passes an open spell of ${maxDays} days at 31 March`, rows: one({ DECOM: openFrom(maxDays) }), expected: [] },
    { name: `flags an open spell of ${maxDays + 1} days at 31 March`, rows: one({ DECOM: openFrom(maxDays + 1) }), expected: [`Episodes.DECOM=${openFrom(maxDays + 1)}`] },
  ];
}
