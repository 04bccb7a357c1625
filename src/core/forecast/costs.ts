import { addMonths, fromDayNumber, dayNumber } from '../model/dates.ts';
import { adjustShares } from './adjustments.ts';
import type { ModelEpisode } from './clean-episodes.ts';
import { costItems } from './cost-items.ts';
import type { Projection } from './project.ts';
import type { Window } from './rates.ts';
import { baseCategory, type StateSpace } from './states.ts';
import { dailyStock } from './stock.ts';

/** Share of each modelled category's children in each cost item: category → item → share (summing to 1). */
export type Shares = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Historic shares (forecasting.md §1.8.1): person-days in each (category, cost item) over the window,
 * normalised within the category. A category nobody was in during the window takes its shares from all the data.
 */
export function historicShares(space: StateSpace, episodes: readonly ModelEpisode[], window: Window, dataWindow: Window): Map<string, Map<string, number>> {
  const keys = space.categories.flatMap((category) => costItems.map((item) => ({ category, item: item.name })));
  const keyIndex = new Map(keys.map((k, i) => [`${k.category}|${k.item}`, i]));
  const personDays = (w: Window): Float64Array => {
    const stock = dailyStock(episodes, (e) => keyIndex.get(`${e.category}|${e.costItem}`) ?? -1, keys.length, w.from, w.to);
    return Float64Array.from(stock.map((days) => days.reduce((n, c) => n + c, 0)));
  };
  const inWindow = personDays(window);
  const overall = personDays(dataWindow);
  const shares = new Map<string, Map<string, number>>();
  for (const category of space.categories) {
    const pick = (days: Float64Array): [string, number][] => keys.flatMap((k, i) => (k.category === category && days[i]! > 0 ? [[k.item, days[i]!] as [string, number]] : []));
    const found = pick(inWindow);
    const seen = found.length > 0 ? found : pick(overall);
    // A category the data never shows (the target of a move) is priced as its own kind of placement.
    const items = seen.length > 0 ? seen : [[defaultItemOf(category), 1] as [string, number]];
    const total = items.reduce((n, [, d]) => n + d, 0);
    shares.set(category, new Map(items.map(([item, d]) => [item, d / total])));
  }
  return shares;
}

/**
 * The cost item of a modelled category with no history: the item of its placement category bought from
 * its kind of provider ("Residential (External)", "Fostering (IFA)"), else the item named after the
 * category, else its first item.
 */
export function defaultItemOf(category: string): string {
  const base = baseCategory(category);
  const items = costItems.filter((i) => i.category === base);
  const provision = category.slice(base.length).trim();
  const provider = provision === '(External)' ? 'PR4' : provision === '(In-house)' ? 'PR1' : null;
  const byProvider = provider === null ? undefined : items.find((i) => i.providers !== 'any' && i.providers.includes(provider));
  return (byProvider ?? items.find((i) => i.name === base) ?? items[0])?.name ?? 'Other';
}

/** Share edits by cost item, applied within every category holding the item. */
export function editShares(shares: Shares, edits: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  return new Map([...shares].map(([category, items]) => [category, adjustShares(items, edits)]));
}

export interface CostSettings {
  /** Pounds per week per cost item. */
  readonly weekly: ReadonlyMap<string, number>;
  /** Yearly rate applied at each anniversary of the start (0.1 = 10 %), or null for none. */
  readonly inflation: number | null;
}

export interface CostForecast {
  readonly items: readonly string[];
  /** Cost per item on forecast days 1 … days (index day − 1). */
  readonly daily: readonly Float64Array[];
  /** Children per item on the same days (whole children per category × share). */
  readonly children: readonly Float64Array[];
  readonly quarters: readonly { readonly quarter: string; readonly byItem: readonly number[]; readonly total: number }[];
  /** The first 365 forecast days (the start day itself is observed, not forecast). */
  readonly yearOne: number;
  readonly yearOneByItem: readonly number[];
}

/**
 * Costs of a projection (forecasting.md §1.8.4): each day, the population of each category is rounded to
 * whole children (by state, as the reference does), split by the shares and priced at a seventh of the weekly cost.
 */
export function forecastCosts(space: StateSpace, projection: Projection, shares: Shares, settings: CostSettings, start: number): CostForecast {
  const S = space.states.length;
  const items = costItems.map((i) => i.name);
  const itemIndex = new Map(items.map((name, i) => [name, i]));
  const days = projection.days;
  const daily = items.map(() => new Float64Array(days));
  const children = items.map(() => new Float64Array(days));
  const byCategory = space.categories.map((category) => ({
    states: space.states.flatMap((s, i) => (s.category === category ? [i] : [])),
    split: [...(shares.get(category) ?? new Map<string, number>())].map(([item, share]) => ({ i: itemIndex.get(item)!, share })),
  }));
  const anniversaries = inflationSteps(start, days);
  for (let d = 1; d <= days; d++) {
    const uplift = settings.inflation ? (1 + settings.inflation) ** anniversaries[d]! : 1;
    for (const c of byCategory) {
      let whole = 0;
      for (const s of c.states) whole += Math.round(projection.mean[d * S + s]!);
      for (const { i, share } of c.split) {
        children[i]![d - 1]! += whole * share;
        daily[i]![d - 1]! += (whole * share * (settings.weekly.get(items[i]!) ?? 0) * uplift) / 7;
      }
    }
  }
  const quarters = byQuarter(items.length, start + 1, days, (i, d) => daily[i]![d]!);
  const yearOneByItem = daily.map((series) => series.subarray(0, 365).reduce((n, c) => n + c, 0));
  return { items, daily, children, quarters, yearOne: yearOneByItem.reduce((n, c) => n + c, 0), yearOneByItem };
}

/** A calendar quarter's label, as the reference model writes it: "Q1-2025" (January to March 2025). */
export function quarterOf(iso: string): string {
  return `Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}-${iso.slice(0, 4)}`;
}

export interface QuarterCost {
  readonly quarter: string;
  readonly byItem: readonly number[];
  readonly total: number;
}

/** Sums daily amounts per item (`amount(item, d)` for d = 0 … days − 1 from day `first`) by calendar quarter. */
function byQuarter(itemCount: number, first: number, days: number, amount: (item: number, d: number) => number): QuarterCost[] {
  const quarters: { quarter: string; byItem: number[]; total: number }[] = [];
  for (let d = 0; d < days; d++) {
    const quarter = quarterOf(fromDayNumber(first + d));
    let q = quarters[quarters.length - 1];
    if (q?.quarter !== quarter) quarters.push((q = { quarter, byItem: new Array<number>(itemCount).fill(0), total: 0 }));
    for (let i = 0; i < itemCount; i++) {
      const a = amount(i, d);
      q.byItem[i]! += a;
      q.total += a;
    }
  }
  return quarters;
}

/**
 * What the past cost at the given weekly costs (forecasting.md §1.8.5): each day's children in each cost
 * item, as the episodes place them (no shares), at a seventh of the weekly cost, by quarter over [from, to].
 */
export function historicCosts(episodes: readonly ModelEpisode[], weekly: ReadonlyMap<string, number>, window: Window): QuarterCost[] {
  const items = costItems.map((i) => i.name);
  const itemIndex = new Map(items.map((name, i) => [name, i]));
  const stock = dailyStock(episodes, (e) => itemIndex.get(e.costItem) ?? -1, items.length, window.from, window.to);
  const daily = items.map((item) => (weekly.get(item) ?? 0) / 7);
  return byQuarter(items.length, window.from, window.to - window.from + 1, (i, d) => stock[i]![d]! * daily[i]!);
}

/** How many anniversaries of the start each forecast day has passed (the yearly inflation steps). */
function inflationSteps(start: number, days: number): Uint8Array {
  const steps = new Uint8Array(days + 1);
  const startIso = fromDayNumber(start);
  let years = 0;
  let next = dayNumber(addMonths(startIso, 12));
  for (let d = 0; d <= days; d++) {
    while (start + d >= next) next = dayNumber(addMonths(startIso, 12 * (++years + 1)));
    steps[d] = years;
  }
  return steps;
}
