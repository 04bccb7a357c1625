import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded randomness for the synthetic council. Every child gets its own stream derived from
 * (seed, child index, purpose) alone, so a child's history never depends on which children were
 * generated before it: the same seed always gives the same child, in any order and at any N.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [from, to], both included. */
  int(from: number, to: number): number;
  chance(p: number): boolean;
  normal(mean: number, sd: number): number;
  /** Log-normal with the given median and log-scale spread. */
  lognormal(median: number, sigma: number): number;
  poisson(lambda: number): number;
  /** A key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  pick<T>(items: readonly T[]): T;
  /** Inverse-CDF sampling from a piecewise-linear distribution given as [cumulative probability, value] knots. */
  quantile(knots: readonly (readonly [number, number])[]): number;
}

/** The purposes a child's streams serve, so that adding draws to one never shifts another. */
export type Stream = 'life' | 'snapshot' | 'faults';
const STREAM_SALT: Record<Stream, number> = { life: 0x9e3779b9, snapshot: 0x85ebca6b, faults: 0xc2b2ae35 };

/** A 32-bit avalanche mix (MurmurHash3's finaliser), to spread nearby seeds and indexes far apart. */
function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

export function randomFor(seed: number, index: number, stream: Stream): Random {
  const a = mix32(seed ^ STREAM_SALT[stream]);
  const b = mix32(a ^ Math.imul(index + 1, 0x27d4eb2d));
  const c = mix32(b ^ 0x165667b1);
  const d = mix32(c ^ index);
  // xoroshiro128+ must not start from an all-zero state.
  return wrap(xoroshiro128plusFromState([a, b, c, d === 0 && a === 0 && b === 0 && c === 0 ? 1 : d]));
}

function wrap(rng: RandomGenerator): Random {
  const next = (): number => uniformFloat64(rng);
  const random: Random = {
    next,
    int: (from, to) => from + Math.floor(next() * (to - from + 1)),
    chance: (p) => next() < p,
    normal: (mean, sd) => {
      // Box-Muller; 1 - u keeps the logarithm finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    lognormal: (median, sigma) => median * Math.exp(random.normal(0, sigma)),
    poisson: (lambda) => {
      // Knuth's method is exact and fast for the small rates used here.
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
      const keys = Object.keys(weights) as K[];
      let total = 0;
      for (const k of keys) total += weights[k];
      let u = next() * total;
      for (const k of keys) {
        u -= weights[k];
        if (u < 0) return k;
      }
      return keys[keys.length - 1]!;
    },
    pick: (items) => items[Math.floor(next() * items.length)]!,
    quantile: (knots) => {
      const u = next();
      for (let i = 1; i < knots.length; i++) {
        const [p1, v1] = knots[i]!;
        const [p0, v0] = knots[i - 1]!;
        if (u <= p1) return p1 === p0 ? v1 : v0 + ((u - p0) / (p1 - p0)) * (v1 - v0);
      }
      return knots[knots.length - 1]![1];
    },
  };
  return random;
}
