import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIndicators, type IndicatorResult } from './compute.ts';
import { syntheticCouncilFacts } from './synthetic-journeys.ts';

/**
 * On a generated council the headline indicators must land near the generator's own targets (England's
 * published figures: see src/core/synthetic/council.test.ts), computed the way the indicators compute
 * them, from chronologies. Pooled over the years after the first, so that the 12-month look-backs see
 * history; tolerances allow for a 5,000-child council's sampling spread.
 */
const children = syntheticCouncilFacts({ children: 5_000, firstYear: 2022, lastYear: 2026, seed: 7, la: '806' });
const results = computeIndicators(children, { at: '2026-03-31', population0to17: { count: 25_000, source: 'test' } });

function pooled(id: string, fromYear = '2022/23'): number {
  const r = results.find((x) => x.indicator.id === id) as Extract<IndicatorResult, { available: true }>;
  const years = r.years.filter((y) => y.period.label >= fromYear);
  const num = years.reduce((n, y) => n + y.numerator.count, 0);
  const den = years.reduce((n, y) => n + (y.denominator?.count ?? 0), 0);
  assert.ok(den > 0, `${id}: nothing counted`);
  return (100 * num) / den;
}

function near(id: string, value: number, target: number, tolerance: number): void {
  assert.ok(Math.abs(value - target) <= tolerance, `${id}: ${value.toFixed(1)} is not within ${tolerance} of ${target}`);
}

describe('indicators on a generated council (5,000 children, 2021/22–2025/26)', () => {
  it('re-refers about 22% within 12 months', () => near('re-referrals', pooled('re-referrals'), 22, 4));
  it('completes about 86% of assessments within 45 working days', () => near('assessments', pooled('assessments-45-working-days', '2021/22'), 86, 3));
  it('makes about 20% of CP plans second or subsequent plans', () => near('second plans', pooled('cp-plans-second-time'), 20, 6));
  it('ends about 4% of CP plans after 2 years or more', () => near('2-year plans', pooled('cp-plans-ending-2-years', '2021/22'), 4.4, 3));
  it('has about 23% of children looked after 2 years with 3 or more placements in those years', () => near('2-year stability', pooled('placements-3-or-more-2-years', '2023/24'), 23, 9));

  it('gives every available indicator its years, 24 months, splits and the children behind each number', () => {
    for (const r of results) {
      if (!r.available) continue;
      assert.deepEqual(r.years.map((y) => y.period.label), ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26'], r.indicator.id);
      assert.equal(r.months.length, r.indicator.monthly ? 24 : 0, r.indicator.id);
      assert.ok(r.headline.numerator.children.length <= r.headline.numerator.count, r.indicator.id);
      assert.ok(r.splits.sex.reduce((n, g) => n + g.numerator.count, 0) === r.headline.numerator.count, r.indicator.id);
    }
  });
});
