import { fromDayNumber } from '../model/dates.ts';
import type { ModelEpisode } from './clean-episodes.ts';
import { NOT_IN_CARE, type StateSpace } from './states.ts';
import { dailyStock } from './stock.ts';
import { entriesOf, stateOf, transitionsOf } from './transitions.ts';

/** Reference window, inclusive, in day numbers. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

export interface FittedRates {
  readonly space: StateSpace;
  /** Daily probability of moving from state f to state t, at f * S + t (S = number of states). */
  readonly transition: Float64Array;
  /** Whether (f, t) is a rate users see and may edit: observed, or within one bracket, or leaving care. */
  readonly listed: Uint8Array;
  /** Expected daily arrivals into each state from outside care. */
  readonly entry: Float64Array;
  readonly notes: readonly string[];
}

/**
 * Fits the reference model's rates (forecasting.md §1.6). A transition rate is the mean, over the window's
 * days on which the state held anyone the day before, of the day's moves divided by that stock. An entry
 * rate is the window's arrivals divided by its length in days.
 */
export function fitRates(space: StateSpace, episodes: readonly ModelEpisode[], window: Window): FittedRates {
  const S = space.states.length;
  const days = window.to - window.from + 1;
  // The stock on the day before each window day.
  const before = dailyStock(episodes, (e) => stateOf(space, e), S, window.from - 1, window.to - 1);
  const validDays = before.map((counts) => counts.reduce((n, c) => n + (c > 0 ? 1 : 0), 0));
  const sums = new Float64Array(S * S);
  const listed = new Uint8Array(S * S);
  const skipped: string[] = [];
  for (const t of transitionsOf(space, episodes)) {
    listed[t.from * S + t.to] = 1;
    if (t.day < window.from || t.day > window.to) continue;
    const stock = before[t.from]![t.day - window.from]!;
    // Only a same-day episode (DEC = DECOM) in an empty state does this; the reference model stops.
    if (stock === 0) { skipped.push(`${space.states[t.from]!.label} on ${fromDayNumber(t.day)}`); continue; }
    sums[t.from * S + t.to]! += 1 / stock;
  }
  const transition = new Float64Array(S * S);
  for (let f = 0; f < S; f++) {
    const from = space.states[f]!;
    for (let t = 0; t < S; t++) {
      const to = space.states[t]!;
      if (from.inCare && to.bracket === from.bracket && (to.inCare || to.category === NOT_IN_CARE)) listed[f * S + t] = 1;
      if (validDays[f]! > 0) transition[f * S + t] = sums[f * S + t]! / validDays[f]!;
    }
  }
  const entry = new Float64Array(S);
  for (const e of entriesOf(space, episodes)) if (e.day >= window.from && e.day <= window.to) entry[e.to]! += 1 / days;
  const notes = skipped.length > 0 ? [`${skipped.length} move${skipped.length > 1 ? 's' : ''} out of a state nobody was in the day before (an episode ending the day it began) left out of the rates: ${skipped.join('; ')}.`] : [];
  return { space, transition, listed, entry, notes };
}
