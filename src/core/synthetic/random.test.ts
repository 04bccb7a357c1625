import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { randomFor } from './random.ts';

describe('randomFor', () => {
  it('gives the same stream for the same seed, index and purpose, and different ones otherwise', () => {
    const draw = (seed: number, index: number, stream: 'life' | 'faults') => Array.from({ length: 8 }, randomFor(seed, index, stream).next);
    assert.deepEqual(draw(1, 5, 'life'), draw(1, 5, 'life'));
    assert.notDeepEqual(draw(1, 5, 'life'), draw(2, 5, 'life'));
    assert.notDeepEqual(draw(1, 5, 'life'), draw(1, 6, 'life'));
    assert.notDeepEqual(draw(1, 5, 'life'), draw(1, 5, 'faults'));
  });

  it('keeps every draw in range', () => {
    fc.assert(fc.property(fc.integer(), fc.nat(1_000_000), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, index, from, width) => {
      const random = randomFor(seed, index, 'life');
      const u = random.next();
      const n = random.int(from, from + width);
      const k = random.weighted({ a: 1, b: 0, c: 2 });
      return u >= 0 && u < 1 && n >= from && n <= from + width && Number.isInteger(n) && k !== 'b';
    }));
  });

  it('samples the distributions it names', () => {
    const random = randomFor(3, 0, 'life');
    const n = 20_000;
    const mean = (f: () => number): number => Array.from({ length: n }, f).reduce((a, b) => a + b, 0) / n;
    assert.ok(Math.abs(mean(() => random.normal(10, 2)) - 10) < 0.1);
    assert.ok(Math.abs(mean(() => random.poisson(3)) - 3) < 0.1);
    const logs = Array.from({ length: n }, () => random.lognormal(100, 0.5)).sort((a, b) => a - b);
    assert.ok(Math.abs(logs[n / 2]! - 100) < 4, `lognormal median ${logs[n / 2]}`);
    const knots = [[0, 0], [0.5, 10], [1, 20]] as const;
    const q = Array.from({ length: n }, () => random.quantile(knots)).sort((a, b) => a - b);
    assert.ok(Math.abs(q[n / 4]! - 5) < 0.3 && Math.abs(q[(3 * n) / 4]! - 15) < 0.3);
    assert.ok(Math.abs(mean(() => (random.weighted({ x: 3, y: 1 }) === 'x' ? 1 : 0)) - 0.75) < 0.015);
  });
});
