import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeIndicator } from './compute.ts';
import { twelveMonthsTo } from './period.ts';
import { rateBasis } from './population.ts';
import { indicatorById } from './registry.ts';
import { testChild } from './test-children.ts';

describe("rates per 10,000 on the council's 0–17 population", () => {
  const referralsRate = indicatorById('referrals-rate');
  if (referralsRate?.kind !== 'events') throw new Error('referrals-rate is an event measure');
  const children = [
    testChild({ id: 'A', cin: [{ referral: '2025-06-02', closed: '2025-07-01' }, { referral: '2026-01-05' }] }),
    testChild({ id: 'B', cin: [{ referral: '2025-11-20' }] }),
  ];
  const period = twelveMonthsTo('2026-03-31');

  it('divides the referrals by the population entered: 3 referrals in 23,456 children is 1.279 per 10,000', () => {
    const population = { count: 23_456, source: 'ONS mid-2024', year: 2024 };
    const result = computeIndicator(referralsRate, children, period, { at: '2026-03-31', population0to17: population });
    assert.equal(result.numerator.count, 3);
    // 3 × 10,000 / 23,456 = 1.27899...
    assert.ok(Math.abs(result.value! - 1.27899) < 1e-5, String(result.value));
    assert.deepEqual(result.population, population);
    assert.deepEqual(result.caveats, []);
  });

  it('gives no rate, and says why, without a population', () => {
    const result = computeIndicator(referralsRate, children, period, { at: '2026-03-31' });
    assert.equal(result.value, null);
    assert.equal(result.numerator.count, 3);
    assert.match(result.caveats.join(' '), /needs the council's 0–17 population/);
  });

  it('says which population a rate uses, naming the year only where the source does not', () => {
    assert.equal(rateBasis({ count: 33_000, source: 'ONS mid-2024', year: 2024 }, 'entered by the council'), 'per 10,000 of the 33,000 children aged 0–17 (ONS mid-2024, entered by the council)');
    assert.equal(rateBasis({ count: 9_870, source: 'council census estimate', year: 2025 }, 'entered by the council'), 'per 10,000 of the 9,870 children aged 0–17 (council census estimate, 2025, entered by the council)');
    assert.equal(rateBasis({ count: 500, source: 'test' }, 'given at the command line'), 'per 10,000 of the 500 children aged 0–17 (test, given at the command line)');
  });
});
