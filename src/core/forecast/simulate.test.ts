import assert from 'node:assert/strict';
import { test } from 'node:test';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { binomial, poisson, quantile, simulate } from './simulate.ts';

const groups = [{ name: 'A', states: [0] }, { name: 'Total', states: [0, 1] }];
// State 0 in care, leaving at 1 % a day into state 1 (not in care), with 0.5 entries a day.
const transition = Float64Array.from([0, 0.01, 0, 0]);
const entry = Float64Array.from([0.5, 0]);

test('seeded: the same seed gives the same band, another seed another', () => {
  const a = simulate(2, transition, entry, Float64Array.from([50, 0]), 60, groups, { runs: 50, seed: 7 });
  const b = simulate(2, transition, entry, Float64Array.from([50, 0]), 60, groups, { runs: 50, seed: 7 });
  const c = simulate(2, transition, entry, Float64Array.from([50, 0]), 60, groups, { runs: 50, seed: 8 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.equal(a[0]!.lower[0], 50);
  assert.equal(a[0]!.upper[0], 50);
});

test('keeping only some days gives the same figures on them as keeping every day', () => {
  const every = simulate(2, transition, entry, Float64Array.from([50, 0]), 60, groups, { runs: 30, seed: 4 });
  const some = simulate(2, transition, entry, Float64Array.from([50, 0]), 60, groups, { runs: 30, seed: 4, at: [0, 7, 31, 60] });
  for (const [g, band] of some.entries()) {
    for (const key of ['lower', 'median', 'upper'] as const) {
      assert.deepEqual([...band[key]], [0, 7, 31, 60].map((d) => every[g]![key][d]), `${band.group} ${key}`);
    }
  }
});

test('the simulated median follows the closed-form mean', () => {
  // n' = 0.99 n + 0.5 from 50: steady state 50, so the median should stay near 50.
  const [band] = simulate(2, transition, entry, Float64Array.from([50, 0]), 200, groups, { runs: 400, seed: 1 });
  assert.ok(Math.abs(band!.median[200]! - 50) <= 2, String(band!.median[200]));
  assert.ok(band!.lower[200]! < 50 && band!.upper[200]! > 50);
});

test('binomial and Poisson draws have the right means', () => {
  const rng = xoroshiro128plus(3);
  let b = 0;
  let p = 0;
  for (let i = 0; i < 20_000; i++) {
    b += binomial(rng, 40, 0.05);
    p += poisson(rng, 0.8);
  }
  assert.ok(Math.abs(b / 20_000 - 2) < 0.05, String(b / 20_000));
  assert.ok(Math.abs(p / 20_000 - 0.8) < 0.03, String(p / 20_000));
  assert.equal(binomial(rng, 10, 1), 10);
  assert.equal(binomial(rng, 0, 0.5), 0);
  const big = binomial(rng, 5000, 0.2);
  assert.ok(big > 900 && big < 1100);
});

test('quantiles interpolate between order statistics', () => {
  assert.equal(quantile(Float64Array.from([1, 2, 3, 4]), 0.5), 2.5);
  assert.equal(quantile(Float64Array.from([1, 2, 3, 4]), 0), 1);
  assert.equal(quantile(new Float64Array(0), 0.5), 0);
});
