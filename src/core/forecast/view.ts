import type { IsoDate } from '../model/dates.ts';
import type { BacktestResult } from './backtest.ts';
import { quarterOf } from './costs.ts';
import type { ForecastResult, Point, QuarterSummary, Scenario } from './forecast.ts';
import type { ScenarioSettings } from './scenario.ts';
import { simulatedBandView, type SimulatedBandView } from './simulated-band.ts';

/**
 * A forecast as the pages, the API and the exports show it: numbers only (no child is named anywhere),
 * weekly rather than daily, with the history it continues, the costs by quarter past and future, and the
 * backtest that says how far to trust it. Figures per group are arrays in the order of `groups`.
 */
export interface ForecastView extends Pick<ForecastResult, 'dataStart' | 'dataEnd' | 'reference' | 'start' | 'end' | 'groups' | 'rates' | 'entries' | 'notes'> {
  /** The saved scenario shown, or null for the base forecast. */
  readonly scenario: { readonly id: number; readonly name: string } | null;
  readonly settings: ScenarioSettings;
  /** Children in care as the data shows them, every 7 days up to the start. */
  readonly history: readonly { readonly date: IsoDate; readonly values: readonly number[] }[];
  /** Every 7 days from the start, and the last day: the mean and the band (mean ± 2σ, floored at 0). */
  readonly forecast: readonly BandPoint[];
  /** The range from simulated runs on the same dates as `forecast`, when one was asked for; else null. */
  readonly simulated: SimulatedBandView | null;
  /** The last day of each calendar quarter in the horizon, and the last day. */
  readonly quarterly: readonly BandPoint[];
  readonly costs: CostView;
  /** The same dates and weekly costs without the scenario's changes to practice; null when it makes none. */
  readonly withoutChanges: { readonly yearOne: number; readonly quarters: readonly QuarterFigures[] } | null;
  readonly backtest: BacktestView;
}

export interface BandPoint {
  readonly date: IsoDate;
  readonly mean: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

export interface CostItemView {
  readonly item: string;
  readonly weekly: number;
  readonly placeholder: boolean;
  readonly source: string;
  readonly date: string;
  readonly yearOne: number;
}

export interface CostView {
  readonly items: readonly CostItemView[];
  readonly inflation: number | null;
  /** The first 365 days of the forecast. */
  readonly yearOne: number;
  /** By quarter, with each item's cost in the order of `items`. */
  readonly quarters: readonly QuarterCostView[];
  /** What the data's children cost at the same weekly costs, by quarter up to the start. */
  readonly history: readonly QuarterCostView[];
}

export interface QuarterCostView {
  readonly quarter: string;
  readonly total: number;
  readonly byItem: readonly number[];
}

/** A quarter's children in care (on its last forecast day) and cost. */
export interface QuarterFigures {
  readonly quarter: string;
  readonly children: number;
  readonly cost: number;
}

/** How the model did when fitted on an earlier window: mean absolute percentage error per group, over 12 months. */
export interface BacktestView {
  /** Why there is none (too little data, say), or null. */
  readonly error: string | null;
  readonly reference: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly end: IsoDate | null;
  readonly months: number;
  /** The "Total" group's error, in per cent. */
  readonly total: number | null;
  readonly groups: readonly { readonly group: string; readonly mape: number; readonly days: number; readonly forecastAtEnd: number; readonly actualAtEnd: number }[];
}

export const BACKTEST_MONTHS = 12;
/** The forecast is shown every this many days (and on its last day). */
export const SHOWN_EVERY_DAYS = 7;

export function backtestView(result: BacktestResult | { readonly error: string }, months = BACKTEST_MONTHS): BacktestView {
  if ('error' in result) return { error: result.error, reference: null, end: null, months, total: null, groups: [] };
  return {
    error: null, reference: result.reference, end: result.end, months,
    total: result.groups.find((g) => g.group === 'Total')?.mape ?? null, groups: result.groups,
  };
}

export function forecastView(result: ForecastResult, settings: ScenarioSettings, backtest: BacktestView, scenario: ForecastView['scenario']): ForecastView {
  const { groups } = result;
  const band = (p: Point): BandPoint => ({
    date: p.date,
    mean: groups.map((g) => p.groups[g]!.mean),
    lower: groups.map((g) => p.groups[g]!.lower),
    upper: groups.map((g) => p.groups[g]!.upper),
  });
  const daily = result.scenario.daily;
  const shown = daily.filter((_, d) => d % SHOWN_EVERY_DAYS === 0 || d === daily.length - 1);
  const items = result.scenario.costs.items.map((i) => i.item);
  const quarterCost = (q: QuarterSummary): QuarterCostView => ({ quarter: q.quarter, total: q.total, byItem: items.map((i) => q.byItem[i] ?? 0) });
  return {
    scenario,
    settings,
    dataStart: result.dataStart,
    dataEnd: result.dataEnd,
    reference: result.reference,
    start: result.start,
    end: result.end,
    groups,
    history: result.history.map((h) => ({ date: h.date, values: groups.map((g) => h.groups[g] ?? 0) })),
    forecast: shown.map(band),
    simulated: simulatedBandView(result, shown.map((p) => p.date)),
    quarterly: result.scenario.quarterly.map(band),
    costs: {
      items: result.scenario.costs.items,
      inflation: result.scenario.costs.inflation,
      yearOne: result.scenario.costs.yearOne,
      quarters: result.scenario.costs.quarters.map(quarterCost),
      history: result.scenario.costs.history.map(quarterCost),
    },
    withoutChanges: result.base ? { yearOne: result.base.costs.yearOne, quarters: quarterFigures(result.base) } : null,
    rates: result.rates,
    entries: result.entries,
    backtest,
    notes: result.notes,
  };
}

/** Children in care at the end of each quarter of a forecast (the Total on the quarter's last forecast day), and its cost. */
export function quarterFigures(scenario: Scenario): QuarterFigures[] {
  return figures(scenario.quarterly.map((p) => [p.date, p.groups.Total!.mean]), scenario.costs.quarters);
}

/** The same figures from a view. */
export function viewQuarterFigures(view: ForecastView): QuarterFigures[] {
  const total = view.groups.indexOf('Total');
  return figures(view.quarterly.map((p) => [p.date, p.mean[total]!]), view.costs.quarters);
}

function figures(ends: readonly (readonly [IsoDate, number])[], costs: readonly { readonly quarter: string; readonly total: number }[]): QuarterFigures[] {
  const children = new Map(ends.map(([date, n]) => [quarterOf(date), n]));
  return costs.map((q) => ({ quarter: q.quarter, children: children.get(q.quarter) ?? 0, cost: q.total }));
}

const percent = (n: number): string => `${n < 10 ? n.toFixed(1) : Math.round(n)}%`;

/** The backtest in a sentence people read beside the forecast. */
export function backtestSentence(b: BacktestView): string {
  if (b.error !== null || b.total === null || !b.reference) return `The model could not be tested against the past: ${b.error ?? 'there is too little data'}.`;
  return `Over the last ${b.months === 1 ? 'month' : `${b.months} months`} this model was within ${percent(b.total)} in total: fitted on ${b.reference.from} to ${b.reference.to}, its forecast of the number in care to ${b.end} was off by ${percent(b.total)} on an average day (mean absolute percentage error).`;
}
