import type { IsoDate } from '../model/dates.ts';
import { viewQuarterFigures, type ForecastView } from './view.ts';

/**
 * The base forecast and each saved scenario side by side: children in care at the end of each quarter,
 * the cost of each quarter, the year-one cost, and each scenario's difference to the base. A scenario
 * that cannot be worked out on the current data (a state it edits no longer exists, say) keeps its
 * column, with the reason instead of figures.
 */
export interface ComparisonView {
  /** Every quarter any column covers, in order ("Q2-2026"). */
  readonly quarters: readonly string[];
  /** The base first. */
  readonly columns: readonly ComparisonColumn[];
}

export interface ComparisonColumn {
  /** null for the base. */
  readonly scenario: { readonly id: number; readonly name: string } | null;
  readonly error: string | null;
  readonly start: IsoDate | null;
  readonly end: IsoDate | null;
  /** One per quarter of `quarters`; null where the column does not cover it. */
  readonly children: readonly (number | null)[];
  readonly cost: readonly (number | null)[];
  readonly childrenDifference: readonly (number | null)[];
  readonly costDifference: readonly (number | null)[];
  readonly yearOne: number | null;
  readonly yearOneDifference: number | null;
  /**
   * How much of the year-one difference the changes to practice make on their own: the scenario against
   * the same dates and weekly costs without them (null when it changes only prices or dates).
   */
  readonly yearOneFromChanges: number | null;
}

export type ComparedForecast = { readonly scenario: { readonly id: number; readonly name: string } | null } & ({ readonly view: ForecastView } | { readonly error: string });

function quarterKey(label: string): number {
  const m = /^Q(\d)-(\d{4})$/.exec(label);
  return m ? Number(m[2]) * 4 + Number(m[1]) : 0;
}

export function compareForecasts(base: ForecastView, scenarios: readonly ComparedForecast[]): ComparisonView {
  const all: ComparedForecast[] = [{ scenario: null, view: base }, ...scenarios];
  const figures = all.map((c) => ('view' in c ? new Map(viewQuarterFigures(c.view).map((q) => [q.quarter, q])) : null));
  const quarters = [...new Set(figures.flatMap((f) => (f ? [...f.keys()] : [])))].sort((a, b) => quarterKey(a) - quarterKey(b));
  const baseFigures = figures[0]!;
  const difference = (value: number | null | undefined, baseValue: number | null | undefined): number | null => (value == null || baseValue == null ? null : value - baseValue);
  const columns = all.map((c, i): ComparisonColumn => {
    const f = figures[i];
    if (!('view' in c) || !f) {
      return { scenario: c.scenario, error: 'error' in c ? c.error : null, start: null, end: null, children: quarters.map(() => null), cost: quarters.map(() => null), childrenDifference: quarters.map(() => null), costDifference: quarters.map(() => null), yearOne: null, yearOneDifference: null, yearOneFromChanges: null };
    }
    const v = c.view;
    return {
      scenario: c.scenario,
      error: null,
      start: v.start,
      end: v.end,
      children: quarters.map((q) => f.get(q)?.children ?? null),
      cost: quarters.map((q) => f.get(q)?.cost ?? null),
      childrenDifference: quarters.map((q) => difference(f.get(q)?.children, baseFigures.get(q)?.children)),
      costDifference: quarters.map((q) => difference(f.get(q)?.cost, baseFigures.get(q)?.cost)),
      yearOne: v.costs.yearOne,
      yearOneDifference: v.start === base.start ? v.costs.yearOne - base.costs.yearOne : null,
      yearOneFromChanges: v.withoutChanges ? v.costs.yearOne - v.withoutChanges.yearOne : null,
    };
  });
  return { quarters, columns };
}
