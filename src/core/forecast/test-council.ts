import type { DemandData, DemandEpisode } from './demand-data.ts';

/**
 * A hand-built council whose rates were worked out on paper (see rates.test.ts): five children aged 8,
 * fitted on the four days 2024-01-01 … 2024-01-04.
 *   A fostered (U4, PR1) from 2023-06-01, leaves care 2024-01-02.
 *   B fostered (U4, PR4) from 2023-06-01, moves to residential (K2, PR1) on 2024-01-03.
 *   C fostered by family (U1) from 2023-07-01; D fostered (U5, PR1) from 2023-07-01; E enters foster care (U4, PR1) on 2024-01-02.
 */
export function episode(CHILD: string, DECOM: string | null, PLACE: string, DEC: string | null, more: Partial<DemandEpisode> = {}): DemandEpisode {
  return { CHILD, DECOM, RNE: 'S', PLACE, PLACE_PROVIDER: 'PR1', DEC, REC: DEC ? 'E11' : null, REASON_PLACE_CHANGE: null, YEAR: 2024, ...more };
}

export const handBuilt: DemandData = {
  episodes: [
    episode('A', '2023-06-01', 'U4', '2024-01-02'),
    episode('B', '2023-06-01', 'U4', '2024-01-03', { PLACE_PROVIDER: 'PR4', REC: 'E3' }),
    episode('B', '2024-01-03', 'K2', null, { RNE: 'P' }),
    episode('C', '2023-07-01', 'U1', null),
    episode('D', '2023-07-01', 'U5', null),
    episode('E', '2024-01-02', 'U4', null),
  ],
  header: ['A', 'B', 'C', 'D', 'E'].map((CHILD) => ({ CHILD, SEX: '1', DOB: '2015-06-01', ETHNIC: 'WBRI', YEAR: 2024 })),
  uasc: [],
};

export const handWindow = { from: '2024-01-01', to: '2024-01-04' } as const;

/** Every number anywhere in a value: for checking that no output holds NaN or infinity. */
export function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}
