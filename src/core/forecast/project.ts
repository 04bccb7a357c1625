import type { StateSpace } from './states.ts';

/** Daily mean population and variance per state, day 0 (the start) to `days`, at day * S + state. */
export interface Projection {
  readonly days: number;
  readonly mean: Float64Array;
  readonly variance: Float64Array;
}

/**
 * The daily transition matrix, M[to * S + from]: the rates out of each state, and staying put with what is
 * left (any observed move to the same state is overwritten). "Not in care" and states nobody leaves keep
 * everyone (M = 1 on the diagonal).
 */
export function transitionMatrix(S: number, transition: Float64Array): Float64Array {
  const M = new Float64Array(S * S);
  for (let f = 0; f < S; f++) {
    let leaving = 0;
    for (let t = 0; t < S; t++) {
      if (t === f) continue;
      M[t * S + f] = transition[f * S + t]!;
      leaving += transition[f * S + t]!;
    }
    M[f * S + f] = Math.max(0, 1 - leaving);
  }
  return M;
}

/**
 * The reference model's closed-form projection (forecasting.md §1.7.5): n' = M·n + e, and a variance that
 * adds each day's multinomial spread (M∘(1−M))·n plus the Poisson entries e. The variance is summed, not
 * propagated through M, and covariances are ignored — as the reference does, so that results match.
 */
export function project(space: StateSpace, transition: Float64Array, entry: Float64Array, start: Float64Array, days: number): Projection {
  const S = space.states.length;
  const M = transitionMatrix(S, transition);
  const spread = M.map((m) => m * (1 - m));
  const mean = new Float64Array((days + 1) * S);
  const variance = new Float64Array((days + 1) * S);
  mean.set(start);
  for (let k = 0; k < days; k++) {
    const now = k * S;
    const next = now + S;
    for (let t = 0; t < S; t++) {
      let n = entry[t]!;
      let v = variance[now + t]! + entry[t]!;
      const row = t * S;
      for (let f = 0; f < S; f++) {
        const pop = mean[now + f]!;
        n += M[row + f]! * pop;
        v += spread[row + f]! * pop;
      }
      mean[next + t] = n;
      variance[next + t] = v;
    }
  }
  return { days, mean, variance };
}

/** A group of states shown together: a category across age brackets, or everyone in care. */
export interface Group {
  readonly name: string;
  readonly states: readonly number[];
}

/** One group per in-care category, then "Total" (in care only: "Not in care" accumulates leavers). */
export function groupsOf(space: StateSpace): Group[] {
  const inCare = space.states.flatMap((s, i) => (s.inCare ? [i] : []));
  return [
    ...space.categories.map((name) => ({ name, states: inCare.filter((i) => space.states[i]!.category === name) })),
    { name: 'Total', states: inCare },
  ];
}

/** A group's mean and variance on a day (variances summed within the group). */
export function groupOn(projection: Projection, S: number, group: Group, day: number): { mean: number; variance: number } {
  let mean = 0;
  let variance = 0;
  for (const s of group.states) {
    mean += projection.mean[day * S + s]!;
    variance += projection.variance[day * S + s]!;
  }
  return { mean, variance };
}
