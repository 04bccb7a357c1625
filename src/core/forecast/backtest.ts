import { addDays, addMonths, dayNumber, fromDayNumber, type IsoDate } from '../model/dates.ts';
import { cleanEpisodes, type CleanOptions } from './clean-episodes.ts';
import type { DemandData } from './demand-data.ts';
import { groupOn, groupsOf, project } from './project.ts';
import { fitRates } from './rates.ts';
import { dailyStock } from './stock.ts';
import { modelStates, stateOf } from './transitions.ts';

export interface BacktestOptions extends CleanOptions {
  /** Fitting window; default the two years up to `months` before the end of the data. */
  readonly reference?: { readonly from: IsoDate; readonly to: IsoDate };
  /** Months forecast after the window and compared with what happened; default 12. */
  readonly months?: number;
}

export interface BacktestGroup {
  readonly group: string;
  /** Mean absolute percentage error over the forecast days, in per cent. */
  readonly mape: number;
  /** Days compared (days with nobody in the group are left out: their percentage error is undefined). */
  readonly days: number;
  readonly forecastAtEnd: number;
  readonly actualAtEnd: number;
}

export interface BacktestResult {
  readonly reference: { readonly from: IsoDate; readonly to: IsoDate };
  readonly end: IsoDate;
  /** One per category, then "Total". */
  readonly groups: readonly BacktestGroup[];
}

/**
 * Fits the model on an earlier window, forecasts from its last day, and measures the error against the
 * population the data shows. Fitting on the full cleaned data leaks nothing: rates, entries and the start
 * population only use episodes as they stood on or before the window's last day.
 */
export function backtest(data: DemandData, options: BacktestOptions = {}): BacktestResult | { readonly error: string } {
  const cleaned = cleanEpisodes(data, options);
  if ('error' in cleaned) return cleaned;
  const months = options.months ?? 12;
  if (!(Number.isInteger(months) && months >= 1 && months <= 48)) return { error: `the backtest horizon must be 1 to 48 months, not ${months}` };
  const dataEnd = fromDayNumber(cleaned.dataEnd);
  const to = options.reference?.to ?? addMonths(dataEnd, -months);
  const from = options.reference?.from ?? addDays(addMonths(to, -24), 1);
  const window = { from: Math.max(dayNumber(from), cleaned.dataStart), to: dayNumber(to) };
  if (!(window.from <= window.to)) return { error: `the backtest window ${from}..${to} is empty or before the data starts (${fromDayNumber(cleaned.dataStart)})` };
  const end = dayNumber(addMonths(to, months));
  if (end > cleaned.dataEnd) return { error: `a ${months}-month backtest from ${to} needs data up to ${fromDayNumber(end)}, but the data ends on ${dataEnd}` };
  const space = modelStates(cleaned.episodes);
  const S = space.states.length;
  const rates = fitRates(space, cleaned.episodes, window);
  const actual = dailyStock(cleaned.episodes, (e) => stateOf(space, e), S, window.to, end);
  const days = end - window.to;
  const projection = project(space, rates.transition, rates.entry, Float64Array.from(actual.map((a) => a[0]!)), days);
  const groups = groupsOf(space).map((group) => {
    let sum = 0;
    let counted = 0;
    let actualAtEnd = 0;
    for (let d = 1; d <= days; d++) {
      let a = 0;
      for (const s of group.states) a += actual[s]![d]!;
      if (d === days) actualAtEnd = a;
      if (a === 0) continue;
      sum += Math.abs(groupOn(projection, S, group, d).mean - a) / a;
      counted++;
    }
    return { group: group.name, mape: counted > 0 ? (100 * sum) / counted : 0, days: counted, forecastAtEnd: groupOn(projection, S, group, days).mean, actualAtEnd };
  });
  return { reference: { from: fromDayNumber(window.from), to }, end: fromDayNumber(end), groups };
}
