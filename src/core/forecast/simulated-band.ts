import type { IsoDate } from '../model/dates.ts';
import type { ForecastResult } from './forecast.ts';
import { BAND_QUANTILES } from './simulate.ts';

/**
 * The likely range of a forecast worked out by simulation, beside the closed form's mean ± 2σ: many
 * seeded runs in which children move and enter by chance at the fitted rates, and the middle 95 % of them.
 * Fewer than 200 runs make the 2.5th and 97.5th percentiles jumpy; more than 2,000 add little but time.
 */
export const SIMULATION_RUNS = { fewest: 200, most: 2000, usual: 1000 } as const;
/** The seed the page uses, so that everyone sees the same range. */
export const SIMULATION_SEED = 1;
/** The generator takes a 32-bit seed: larger ones would repeat smaller ones' runs. */
export const MOST_SEED = 2_147_483_647;

/** Which likely range to show: the closed form's only, or a simulated one beside it. */
export type BandChoice = { readonly band: 'closed-form' } | { readonly band: 'simulated'; readonly runs: number; readonly seed: number };

export type BandChoiceCheck = { readonly ok: true; readonly choice: BandChoice } | { readonly ok: false; readonly errors: readonly string[] };

/** A band as a request asks for it: `band` "closed-form" (the default) or "simulated", with its runs and seed. */
export interface BandAsked {
  readonly band?: string | undefined;
  readonly runs?: number | undefined;
  readonly seed?: number | undefined;
}

/** The band asked for (runs and seed default to the usual ones); every problem named with its field and value. */
export function checkBandChoice(asked: BandAsked): BandChoiceCheck {
  const band = asked.band ?? 'closed-form';
  const errors: string[] = [];
  if (band === 'closed-form') {
    for (const field of ['runs', 'seed'] as const) {
      if (asked[field] !== undefined) errors.push(`${field}: only a simulated range has ${field} (band=simulated), not the closed form's`);
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, choice: { band } };
  }
  if (band !== 'simulated') return { ok: false, errors: [`band: "closed-form" or "simulated", not ${JSON.stringify(band)}`] };
  const runs = asked.runs ?? SIMULATION_RUNS.usual;
  const seed = asked.seed ?? SIMULATION_SEED;
  if (!(Number.isInteger(runs) && runs >= SIMULATION_RUNS.fewest && runs <= SIMULATION_RUNS.most)) {
    errors.push(`runs: a simulated range takes a whole number of runs from ${SIMULATION_RUNS.fewest} to ${SIMULATION_RUNS.most.toLocaleString('en-GB')}, not ${runs}`);
  }
  if (!(Number.isInteger(seed) && seed >= 0 && seed <= MOST_SEED)) errors.push(`seed: a whole number from 0 to ${MOST_SEED.toLocaleString('en-GB')}, not ${seed}`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, choice: { band, runs, seed } };
}

/** The simulated range on each date a forecast view shows; figures per group are arrays in the order of `groups`. */
export interface SimulatedBandView {
  readonly runs: number;
  readonly seed: number;
  /** The share of runs the range holds (0.95: from the 2.5th to the 97.5th percentile). */
  readonly coverage: number;
  readonly forecast: readonly SimulatedBandPoint[];
}

export interface SimulatedBandPoint {
  readonly date: IsoDate;
  readonly lower: readonly number[];
  readonly median: readonly number[];
  readonly upper: readonly number[];
}

/** The simulation's range on `dates`, or null when the forecast was not simulated. */
export function simulatedBandView(result: ForecastResult, dates: readonly IsoDate[]): SimulatedBandView | null {
  const simulation = result.simulation;
  if (!simulation) return null;
  const byDate = new Map(simulation.daily.map((p) => [p.date, p.groups]));
  const figure = (date: IsoDate, pick: 'lower' | 'median' | 'upper') => {
    const groups = byDate.get(date);
    if (!groups) throw new Error(`the simulation kept no figures for ${date}`);
    return result.groups.map((g) => groups[g]![pick]);
  };
  return {
    runs: simulation.runs,
    seed: simulation.seed,
    coverage: Math.round((BAND_QUANTILES.upper - BAND_QUANTILES.lower) * 1000) / 1000,
    forecast: dates.map((date) => ({ date, lower: figure(date, 'lower'), median: figure(date, 'median'), upper: figure(date, 'upper') })),
  };
}
