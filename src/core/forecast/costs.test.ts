import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber } from '../model/dates.ts';
import { cleanEpisodes } from './clean-episodes.ts';
import { costItemOf, costItems } from './cost-items.ts';
import { defaultCostsAbout, defaultWeeklyCosts } from './costs-default.ts';
import { forecastCosts, historicShares } from './costs.ts';
import { project } from './project.ts';
import { fitRates } from './rates.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { modelStates } from './transitions.ts';

test('cost items: (PLACE, PLACE_PROVIDER) first, then PLACE alone, then Other', () => {
  assert.equal(costItemOf('U4', 'PR4'), 'Fostering (IFA)');
  assert.equal(costItemOf('U5', 'PR2'), 'Fostering (In-house)');
  assert.equal(costItemOf('U4', null), 'Fostering (In-house)');
  assert.equal(costItemOf('U2', 'PR5'), 'Fostering (Friend/Relative)');
  assert.equal(costItemOf('K2', 'PR5'), 'Residential (External)');
  assert.equal(costItemOf('K1', 'PR1'), 'Secure home');
  assert.equal(costItemOf('Z1', 'PR1'), 'Other');
});

test('default costs: one per cost item, each with its source and date, placeholders said to be such', () => {
  assert.deepEqual(defaultWeeklyCosts.map((c) => c.item), costItems.map((i) => i.name));
  assert.ok(defaultWeeklyCosts.every((c) => c.weekly >= 0 && c.source.length > 20 && /^\d{4}-\d{2}-\d{2}$/.test(c.date)));
  assert.ok(defaultWeeklyCosts.every((c) => c.placeholder === /placeholder/.test(c.source)));
  // The published residential figure: £318,400 a year is £6,102 a week.
  assert.equal(defaultWeeklyCosts.find((c) => c.item === 'Residential (External)')!.weekly, Math.round((318_400 * 7) / 365.25));
  assert.match(defaultCostsAbout, /placeholder/);
});

function handCase() {
  const c = cleanEpisodes(handBuilt);
  assert.ok(!('error' in c));
  const space = modelStates(c.episodes);
  const window = { from: dayNumber(handWindow.from), to: dayNumber(handWindow.to) };
  const rates = fitRates(space, c.episodes, window);
  const shares = historicShares(space, c.episodes, window, { from: c.dataStart, to: c.dataEnd });
  return { space, rates, shares };
}

test('hand-built council: shares from person-days, and the first day priced on paper', () => {
  const { space, rates, shares } = handCase();
  // Fostering person-days on 1–4 January: A 1 and D 4 and E 3 in-house (8), B 2 IFA, C 4 family: of 14.
  assert.deepEqual(Object.fromEntries(shares.get('Fostering')!), { 'Fostering (Friend/Relative)': 4 / 14, 'Fostering (In-house)': 8 / 14, 'Fostering (IFA)': 2 / 14 });
  assert.deepEqual(Object.fromEntries(shares.get('Residential')!), { 'Residential (In-house)': 1 });
  const p = project(space, rates.transition, rates.entry, Float64Array.from([3, 1, 0]), 400);
  // The reference model's defaults, so that the sums below are the ones worked on paper.
  const weekly = new Map(costItems.map((i) => [i.name, i.category === 'Fostering' ? 0 : 1000]));
  weekly.set('Fostering (Friend/Relative)', 100).set('Fostering (In-house)', 150).set('Fostering (IFA)', 250);
  const start = dayNumber('2024-01-04');
  const costs = forecastCosts(space, p, shares, { weekly, inflation: null }, start);
  // Day 1: round(2.875) = 3 fostered at (4·100 + 8·150 + 2·250)/14 = £150 a week, 1 in residential at £1,000.
  const day1 = costs.daily.reduce((n, series) => n + series[0]!, 0);
  assert.ok(Math.abs(day1 - 1450 / 7) < 1e-9, String(day1));
  assert.ok(Math.abs(costs.children.reduce((n, s) => n + s[0]!, 0) - 4) < 1e-12);
  assert.equal(costs.quarters[0]!.quarter, 'Q1-2024');
  const yearOne = costs.daily.reduce((n, series) => n + series.subarray(0, 365).reduce((a, b) => a + b, 0), 0);
  assert.ok(Math.abs(costs.yearOne - yearOne) < 1e-6);
  // Inflation steps up on the anniversary (day 366 from 2024-01-04, a leap year) and not before.
  const inflated = forecastCosts(space, p, shares, { weekly, inflation: 0.1 }, start);
  const total = (c: typeof costs, d: number) => c.daily.reduce((n, s) => n + s[d - 1]!, 0);
  assert.ok(Math.abs(total(inflated, 365) - total(costs, 365)) < 1e-9);
  assert.ok(Math.abs(total(inflated, 366) - 1.1 * total(costs, 366)) < 1e-9);
});
