import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { transitionMatrix, type Group } from './project.ts';

/** Per group and recorded day (every day 0 … days unless `at` chose some): the lower and upper quantiles and median of the simulated head counts. */
export interface SimulationBand {
  readonly group: string;
  readonly lower: Float64Array;
  readonly median: Float64Array;
  readonly upper: Float64Array;
}

/** The band's default quantiles: the two-sided 95 % that the closed form's ±2σ approximates. */
export const BAND_QUANTILES = { lower: 0.025, upper: 0.975 } as const;

export interface SimulationOptions {
  readonly runs: number;
  readonly seed: number;
  /** Quantiles of the band; default BAND_QUANTILES. */
  readonly lower?: number;
  readonly upper?: number;
  /**
   * The days (0 … days) whose quantiles are wanted; default every day. Every day is still
   * simulated, but only these are kept, so a chart of weekly points needs a seventh of the memory.
   */
  readonly at?: readonly number[];
}

/**
 * Monte Carlo beside the closed-form band: each run moves every child each day by a multinomial draw over
 * the same daily rates and adds Poisson entries, so the spread is propagated through time (the closed form
 * only sums one-day spreads). Seeded: the same inputs and seed give the same bands.
 */
export function simulate(S: number, transition: Float64Array, entry: Float64Array, start: Float64Array, days: number, groups: readonly Group[], options: SimulationOptions): SimulationBand[] {
  const rng = xoroshiro128plus(options.seed);
  const M = transitionMatrix(S, transition);
  // Each day a state's n children first draw how many leave it (one binomial), then where each leaver
  // goes (a categorical draw): the same multinomial as drawing every target in turn, at a fraction of the cost.
  const out = Array.from({ length: S }, (_, f) => {
    const targets: number[] = [];
    const cumulative: number[] = [];
    let leave = 0;
    for (let t = 0; t < S; t++) {
      const p = t === f ? 0 : M[t * S + f]!;
      if (p <= 0) continue;
      leave += p;
      targets.push(t);
      cumulative.push(leave);
    }
    return { targets, cumulative, leave: Math.min(leave, 1), logStay: Math.log1p(-Math.min(leave, 1)) };
  });
  const stayNone = entry.map((e) => Math.exp(-e));
  const at = options.at ?? Array.from({ length: days + 1 }, (_, d) => d);
  // The slot of each day among those kept, or −1.
  const slot = new Int32Array(days + 1).fill(-1);
  for (let i = 0; i < at.length; i++) slot[at[i]!] = i;
  const kept = at.length;
  const counts = groups.map(() => new Float64Array(options.runs * kept));
  let now = new Int32Array(S);
  let next = new Int32Array(S);
  for (let run = 0; run < options.runs; run++) {
    for (let s = 0; s < S; s++) now[s] = Math.round(start[s]!);
    if (slot[0]! >= 0) record(now, groups, counts, run * kept + slot[0]!);
    for (let d = 1; d <= days; d++) {
      next.fill(0);
      for (let f = 0; f < S; f++) {
        const n = now[f]!;
        const o = out[f]!;
        const leaving = n === 0 || o.leave === 0 ? 0 : leavers(rng, n, o.leave, o.logStay);
        next[f]! += n - leaving;
        for (let k = 0; k < leaving; k++) {
          const u = uniformFloat64(rng) * o.leave;
          let i = 0;
          while (i < o.cumulative.length - 1 && u >= o.cumulative[i]!) i++;
          next[o.targets[i]!]! += 1;
        }
      }
      for (let t = 0; t < S; t++) if (entry[t]! > 0) next[t]! += entry[t]! > 500 ? poisson(rng, entry[t]!) : poissonFrom(rng, entry[t]!, stayNone[t]!);
      [now, next] = [next, now];
      if (slot[d]! >= 0) record(now, groups, counts, run * kept + slot[d]!);
    }
  }
  const lowerQ = options.lower ?? BAND_QUANTILES.lower;
  const upperQ = options.upper ?? BAND_QUANTILES.upper;
  const column = new Float64Array(options.runs);
  return groups.map((g, gi) => {
    const band = { group: g.name, lower: new Float64Array(kept), median: new Float64Array(kept), upper: new Float64Array(kept) };
    for (let d = 0; d < kept; d++) {
      for (let run = 0; run < options.runs; run++) column[run] = counts[gi]![run * kept + d]!;
      column.sort();
      band.lower[d] = quantile(column, lowerQ);
      band.median[d] = quantile(column, 0.5);
      band.upper[d] = quantile(column, upperQ);
    }
    return band;
  });
}

function record(population: Int32Array, groups: readonly Group[], counts: Float64Array[], at: number): void {
  for (let g = 0; g < groups.length; g++) {
    let n = 0;
    for (const s of groups[g]!.states) n += population[s]!;
    counts[g]![at] = n;
  }
}

/** Linear interpolation between order statistics (as numpy's default). */
export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** How many of n children leave, each with probability q (log(1 − q) precomputed): inversion from 0. */
function leavers(rng: RandomGenerator, n: number, q: number, logStay: number): number {
  const exponent = n * logStay;
  if (q > 0.5 || exponent < -575) return binomial(rng, n, q);
  let pmf = Math.exp(exponent);
  const u = uniformFloat64(rng);
  let cdf = pmf;
  let k = 0;
  const ratio = q / (1 - q);
  while (u >= cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pmf;
  }
  return k;
}

/**
 * A binomial draw by inverting the distribution function: exact, and fast for the small means of daily
 * moves. Past the point where (1 − p)^n underflows, the symmetric or a rounded normal draw is used.
 */
export function binomial(rng: RandomGenerator, n: number, p: number): number {
  if (p <= 0 || n === 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(rng, n, 1 - p);
  const q = 1 - p;
  let pmf = q ** n;
  if (pmf < 1e-250) {
    const sd = Math.sqrt(n * p * q);
    return Math.min(n, Math.max(0, Math.round(n * p + sd * normal(rng))));
  }
  const u = uniformFloat64(rng);
  let cdf = pmf;
  let k = 0;
  const ratio = p / q;
  while (u >= cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pmf;
  }
  return k;
}

/** A Poisson draw by inversion for small means, and a rounded normal for large ones. */
export function poisson(rng: RandomGenerator, lambda: number): number {
  if (lambda > 500) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rng)));
  return poissonFrom(rng, lambda, Math.exp(-lambda));
}

/** Poisson inversion with e^−λ given (computed once per state, not once per draw). */
function poissonFrom(rng: RandomGenerator, lambda: number, none: number): number {
  const u = uniformFloat64(rng);
  let pmf = none;
  let cdf = pmf;
  let k = 0;
  while (u >= cdf && pmf > 0) {
    k++;
    pmf *= lambda / k;
    cdf += pmf;
  }
  return k;
}

function normal(rng: RandomGenerator): number {
  const u = 1 - uniformFloat64(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniformFloat64(rng));
}
