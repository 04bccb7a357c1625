import { addMonths, dayNumber, fromDayNumber, type IsoDate } from '../model/dates.ts';
import { adjustEntries, adjustRates, moveBetweenCategories, type EntryAdjustment, type ProvisionMove, type RateAdjustment } from './adjustments.ts';
import { cleanEpisodes, type CleanOptions, type ModelEpisode } from './clean-episodes.ts';
import { forecastCosts, editShares, historicCosts, historicShares, type CostForecast, type QuarterCost, type Shares } from './costs.ts';
import { defaultWeeklyCosts } from './costs-default.ts';
import type { DemandData } from './demand-data.ts';
import { groupOn, groupsOf, project, type Group, type Projection } from './project.ts';
import { fitRates } from './rates.ts';
import { simulate } from './simulate.ts';
import type { StateSpace } from './states.ts';
import { borrowRates, moveTargets } from './move-targets.ts';
import { dailyStock } from './stock.ts';
import { modelStates, stateOf } from './transitions.ts';

/** The longest horizon allowed, as the reference web app: constant rates mean little beyond it. */
export const MAX_MONTHS = 48;

export interface ForecastOptions extends CleanOptions {
  /** Window the rates are fitted on; default the whole data window. */
  readonly reference?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Default the end of the data (31 March). */
  readonly start?: IsoDate;
  /** Default 24, at most 48. */
  readonly months?: number;
  readonly rates?: readonly RateAdjustment[];
  readonly entries?: readonly EntryAdjustment[];
  readonly moves?: readonly ProvisionMove[];
  readonly costs?: {
    /** Pounds per week by cost item; items not given take the (placeholder) defaults. */
    readonly weekly?: Readonly<Record<string, number>>;
    /** Provider shares by cost item, within the item's category. */
    readonly shares?: Readonly<Record<string, number>>;
    /** Yearly inflation (0.1 = 10 %), applied at each anniversary of the start; off when absent. */
    readonly inflation?: number | null;
  };
  /**
   * Add a simulated band, kept for every day or, with `every`, for every `every`-th day from the start,
   * each quarter's end and the last day (what a weekly chart and the quarters need, in less memory).
   */
  readonly simulation?: { readonly runs: number; readonly seed: number; readonly every?: number };
}

export interface Band {
  readonly mean: number;
  readonly variance: number;
  /** mean ± 2√variance, the lower end floored at 0. */
  readonly lower: number;
  readonly upper: number;
}

export interface Point {
  readonly date: IsoDate;
  /** By category and "Total" (in care). */
  readonly groups: Readonly<Record<string, Band>>;
}

export interface SimulatedPoint {
  readonly date: IsoDate;
  readonly groups: Readonly<Record<string, { readonly lower: number; readonly median: number; readonly upper: number }>>;
}

export interface QuarterSummary {
  readonly quarter: string;
  readonly byItem: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface CostSummary {
  readonly items: readonly { readonly item: string; readonly weekly: number; readonly placeholder: boolean; readonly source: string; readonly date: string; readonly yearOne: number }[];
  readonly shares: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly inflation: number | null;
  readonly quarters: readonly QuarterSummary[];
  readonly yearOne: number;
  /** What the data's children cost at the same weekly costs, by quarter from the data's start to the forecast start. */
  readonly history: readonly QuarterSummary[];
}

export interface HistoricPoint {
  readonly date: IsoDate;
  /** Children in care by category and "Total", as the data shows them. */
  readonly groups: Readonly<Record<string, number>>;
}

export interface Scenario {
  readonly daily: readonly Point[];
  /** The last day of each calendar quarter in the horizon, and the last day. */
  readonly quarterly: readonly Point[];
  readonly costs: CostSummary;
}

export interface ForecastResult {
  readonly dataStart: IsoDate;
  readonly dataEnd: IsoDate;
  readonly reference: { readonly from: IsoDate; readonly to: IsoDate };
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly states: readonly string[];
  readonly groups: readonly string[];
  /** The population the data shows every 7 days back from the start (oldest first, the start last). */
  readonly history: readonly HistoricPoint[];
  /** Fitted daily rates users may see and edit, with the values used after adjustments. */
  readonly rates: readonly { readonly from: string; readonly to: string; readonly rate: number; readonly used: number }[];
  readonly entries: readonly { readonly to: string; readonly perDay: number; readonly used: number }[];
  /** With the adjustments (identical to `base` when there are none). */
  readonly scenario: Scenario;
  /** Without any adjustment, present only when adjustments were given. */
  readonly base?: Scenario;
  /** `daily` holds the days kept (every day unless the options' `every` chose fewer). */
  readonly simulation?: { readonly runs: number; readonly seed: number; readonly daily: readonly SimulatedPoint[] };
  /** Every change made to the data, and anything else the reader should know. */
  readonly notes: readonly string[];
}

export type ForecastOutcome = { readonly ok: true; readonly result: ForecastResult } | { readonly ok: false; readonly errors: readonly string[]; readonly notes: readonly string[] };

/**
 * The care population and placement spend forecast: cleans the 903 episodes, fits rates on the reference
 * window, projects daily from the start population with the closed-form band (and optionally a simulated
 * one), and prices it. Never throws on bad input: problems come back as plain messages.
 */
export function forecast(data: DemandData, options: ForecastOptions = {}): ForecastOutcome {
  const errors: string[] = [];
  const months = options.months ?? 24;
  if (!Number.isInteger(months) || months < 1) errors.push(`the horizon must be a whole number of months from 1, not ${months}`);
  else if (months > MAX_MONTHS) errors.push(`the horizon of ${months} months is over 4 years (${MAX_MONTHS} months), the longest a constant-rate forecast is offered for`);
  const weekly = weeklyCosts(options.costs?.weekly ?? {}, errors);
  const inflation = options.costs?.inflation ?? null;
  if (inflation !== null && !(Number.isFinite(inflation) && inflation >= 0 && inflation <= 1)) errors.push(`inflation must be between 0 and 1 (0.1 = 10 %), not ${inflation}`);
  const shareEdits = new Map(Object.entries(options.costs?.shares ?? {}));
  for (const [item, share] of shareEdits) {
    if (!weekly.has(item)) errors.push(`there is no cost item "${item}" (items: ${[...weekly.keys()].join(', ')})`);
    if (!(Number.isFinite(share) && share >= 0 && share <= 1)) errors.push(`the share of ${item} must be between 0 and 1, not ${share}`);
  }
  const sim = options.simulation;
  if (sim && !(Number.isInteger(sim.runs) && sim.runs >= 1 && sim.runs <= 100_000 && Number.isInteger(sim.seed))) errors.push('a simulation needs 1 to 100,000 runs and a whole-number seed');
  if (sim?.every !== undefined && !(Number.isInteger(sim.every) && sim.every >= 1)) errors.push(`a simulation keeps every day or every few days (a whole number from 1), not every ${sim.every}`);

  const cleaned = cleanEpisodes(data, options);
  if ('error' in cleaned) return { ok: false, errors: [...errors, cleaned.error], notes: cleaned.notes };
  const notes = [...cleaned.notes];
  const window = referenceWindow(options.reference, cleaned.dataStart, cleaned.dataEnd, errors);
  let start = options.start ? dayNumber(options.start) : cleaned.dataEnd;
  if (Number.isNaN(start)) errors.push(`the start date ${options.start} is not a date`);
  else if (start > cleaned.dataEnd || start < cleaned.dataStart) {
    notes.push(`The start ${options.start} is outside the data (${fromDayNumber(cleaned.dataStart)} to ${fromDayNumber(cleaned.dataEnd)}): the forecast starts from the nearest day with data.`);
    start = Math.min(Math.max(start, cleaned.dataStart), cleaned.dataEnd);
  }
  if (errors.length > 0 || !window) return { ok: false, errors, notes };

  const movesFor = options.moves ?? [];
  const withProvision = options.withProvision ?? false;
  const observedSpace = modelStates(cleaned.episodes);
  const borrowed = moveTargets(observedSpace, movesFor, withProvision);
  const space = borrowed.length > 0 ? modelStates(cleaned.episodes, borrowed.map((b) => [b.bracket, b.category] as const)) : observedSpace;
  const S = space.states.length;
  const fitted = borrowRates(space, fitRates(space, cleaned.episodes, window), borrowed);
  notes.push(...fitted.notes);
  for (const category of new Set(borrowed.map((b) => b.category))) {
    const from = borrowed.find((b) => b.category === category)!.from;
    notes.push(`No child is in ${category} in the data: children moved there are expected to leave care, move and age as children in ${from} do.`);
  }
  const inWindow = dailyStock(cleaned.episodes, (e) => stateOf(space, e), S, window.from - 1, window.to).some((days) => days.some((n) => n > 0));
  if (!inWindow && fitted.entry.every((e) => e === 0)) {
    return { ok: false, errors: [`the reference window ${fromDayNumber(window.from)}..${fromDayNumber(window.to)} holds no children in care and no entries: choose a window with data`], notes };
  }
  const transition = adjustRates(space, fitted.transition, options.rates ?? [], errors);
  const entry = moveBetweenCategories(space, adjustEntries(space, fitted.entry, options.entries ?? [], errors), movesFor, 'entries', errors);
  const observed = Float64Array.from(dailyStock(cleaned.episodes, (e) => stateOf(space, e), S, start, start).map((d) => d[0]!));
  const startPopulation = moveBetweenCategories(space, observed, movesFor, 'start', errors);
  if (errors.length > 0) return { ok: false, errors, notes };

  const end = dayNumber(addMonths(fromDayNumber(start), months));
  const days = end - start;
  const groups = groupsOf(space);
  const historic = historicShares(space, cleaned.episodes, window, { from: cleaned.dataStart, to: cleaned.dataEnd });
  const costSettings = { weekly, inflation };
  const pastCosts = historicCosts(cleaned.episodes, weekly, { from: cleaned.dataStart, to: start });
  const scenarioOf = (projection: Projection, shares: Shares): Scenario => {
    const costs = forecastCosts(space, projection, shares, costSettings, start);
    return { ...series(projection, S, groups, start), costs: costSummary(costs, shares, weekly, inflation, pastCosts) };
  };
  const adjusted = (options.rates?.length ?? 0) + (options.entries?.length ?? 0) + movesFor.length + shareEdits.size > 0;
  const scenario = scenarioOf(project(space, transition, entry, startPopulation, days), editShares(historic, shareEdits));
  const base = adjusted ? scenarioOf(project(space, fitted.transition, fitted.entry, observed, days), historic) : undefined;
  const listed = (f: number, t: number): boolean => fitted.listed[f * S + t] === 1 && f !== t;
  const result: ForecastResult = {
    dataStart: fromDayNumber(cleaned.dataStart),
    dataEnd: fromDayNumber(cleaned.dataEnd),
    reference: { from: fromDayNumber(window.from), to: fromDayNumber(window.to) },
    start: fromDayNumber(start),
    end: fromDayNumber(end),
    states: space.states.map((s) => s.label),
    groups: groups.map((g) => g.name),
    history: history(cleaned.episodes, space, groups, cleaned.dataStart, start),
    rates: space.states.flatMap((from, f) => space.states.flatMap((to, t) => (listed(f, t) ? [{ from: from.label, to: to.label, rate: fitted.transition[f * S + t]!, used: transition[f * S + t]! }] : []))),
    entries: space.states.flatMap((s, t) => (s.inCare ? [{ to: s.label, perDay: fitted.entry[t]!, used: entry[t]! }] : [])),
    scenario,
    ...(base ? { base } : {}),
    ...(sim ? { simulation: { runs: sim.runs, seed: sim.seed, daily: simulated(S, transition, entry, startPopulation, days, groups, sim, start) } } : {}),
    notes,
  };
  return { ok: true, result };
}

function weeklyCosts(given: Readonly<Record<string, number>>, errors: string[]): Map<string, number> {
  const weekly = new Map(defaultWeeklyCosts.map((c) => [c.item, c.weekly]));
  for (const [item, cost] of Object.entries(given)) {
    if (!weekly.has(item)) errors.push(`there is no cost item "${item}" (items: ${[...weekly.keys()].join(', ')})`);
    else if (!(Number.isFinite(cost) && cost >= 0)) errors.push(`the weekly cost of ${item} must be a number of 0 or more, not ${cost}`);
    else weekly.set(item, cost);
  }
  return weekly;
}

function referenceWindow(given: ForecastOptions['reference'], dataStart: number, dataEnd: number, errors: string[]): { from: number; to: number } | null {
  if (!given) return { from: dataStart, to: dataEnd };
  const from = dayNumber(given.from);
  const to = dayNumber(given.to);
  const span = `${fromDayNumber(dataStart)} to ${fromDayNumber(dataEnd)}`;
  if (Number.isNaN(from) || Number.isNaN(to)) errors.push(`the reference window ${given.from}..${given.to} is not two dates`);
  else if (from > to) errors.push(`the reference window starts (${given.from}) after it ends (${given.to})`);
  else if (from < dataStart || to > dataEnd) errors.push(`the reference window ${given.from}..${given.to} must lie within the data, ${span}`);
  else return { from, to };
  return null;
}

function band(mean: number, variance: number): Band {
  const sd = Math.sqrt(Math.max(variance, 0));
  return { mean, variance, lower: Math.max(0, mean - 2 * sd), upper: mean + 2 * sd };
}

function series(projection: Projection, S: number, groups: readonly Group[], start: number): Pick<Scenario, 'daily' | 'quarterly'> {
  const daily: Point[] = [];
  for (let d = 0; d <= projection.days; d++) {
    daily.push({ date: fromDayNumber(start + d), groups: Object.fromEntries(groups.map((g) => { const v = groupOn(projection, S, g, d); return [g.name, band(v.mean, v.variance)]; })) });
  }
  return { daily, quarterly: daily.filter((p, d) => d > 0 && (isQuarterEnd(p.date) || d === projection.days)) };
}

function isQuarterEnd(date: IsoDate): boolean {
  return ['03-31', '06-30', '09-30', '12-31'].includes(date.slice(5));
}

function costSummary(costs: CostForecast, shares: Shares, weekly: ReadonlyMap<string, number>, inflation: number | null, past: readonly QuarterCost[]): CostSummary {
  const defaults = new Map(defaultWeeklyCosts.map((c) => [c.item, c]));
  const summary = (q: QuarterCost): QuarterSummary => ({ quarter: q.quarter, byItem: Object.fromEntries(costs.items.map((item, i) => [item, q.byItem[i]!])), total: q.total });
  return {
    items: costs.items.map((item, i) => {
      const d = defaults.get(item)!;
      const own = weekly.get(item) !== d.weekly;
      return { item, weekly: weekly.get(item)!, placeholder: own ? false : d.placeholder, source: own ? 'entered by the user' : d.source, date: own ? '' : d.date, yearOne: costs.yearOneByItem[i]! };
    }),
    shares: Object.fromEntries([...shares].map(([c, items]) => [c, Object.fromEntries(items)])),
    inflation,
    quarters: costs.quarters.map(summary),
    yearOne: costs.yearOne,
    history: past.map(summary),
  };
}

/** The observed population by group every 7 days back from the start, oldest first. */
function history(episodes: readonly ModelEpisode[], space: StateSpace, groups: readonly Group[], from: number, start: number): HistoricPoint[] {
  const stock = dailyStock(episodes, (e) => stateOf(space, e), space.states.length, from, start);
  const points: HistoricPoint[] = [];
  for (let d = start - from; d >= 0; d -= 7) {
    points.push({ date: fromDayNumber(from + d), groups: Object.fromEntries(groups.map((g) => [g.name, g.states.reduce((n, s) => n + stock[s]![d]!, 0)])) });
  }
  return points.reverse();
}

function simulated(S: number, transition: Float64Array, entry: Float64Array, start: Float64Array, days: number, groups: readonly Group[], sim: NonNullable<ForecastOptions['simulation']>, startDay: number): SimulatedPoint[] {
  const every = sim.every ?? 1;
  const at = Array.from({ length: days + 1 }, (_, d) => d).filter((d) => d % every === 0 || d === days || isQuarterEnd(fromDayNumber(startDay + d)));
  const bands = simulate(S, transition, entry, start, days, groups, { runs: sim.runs, seed: sim.seed, at });
  return at.map((d, i) => ({
    date: fromDayNumber(startDay + d),
    groups: Object.fromEntries(bands.map((b) => [b.group, { lower: b.lower[i]!, median: b.median[i]!, upper: b.upper[i]! }])),
  }));
}
