import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { reference } from '../../testing/shared-reference.ts';
import { demandDataFromStackedCsv } from './demand-data.ts';
import { forecast, type ForecastOptions, type ForecastResult } from './forecast.ts';
import { handBuilt, handWindow, numbers } from './test-council.ts';

function ok(options: ForecastOptions, data = handBuilt): ForecastResult {
  const out = forecast(data, options);
  assert.ok(out.ok, out.ok ? '' : out.errors.join('\n'));
  return out.result;
}

function errors(options: ForecastOptions, data = handBuilt): readonly string[] {
  const out = forecast(data, options);
  assert.ok(!out.ok);
  return out.errors;
}

test('hand-built council: the first forecast day is the one worked out on paper', () => {
  const r = ok({ reference: handWindow, start: '2024-01-04', months: 1 });
  const day1 = r.scenario.daily[1]!;
  assert.equal(day1.date, '2024-01-05');
  assert.equal(day1.groups.Total!.mean, 4.0625);
  assert.equal(day1.groups.Total!.variance, 0.75390625);
  assert.equal(day1.groups.Fostering!.mean, 2.875);
  assert.equal(r.scenario.daily.length, 32);
  assert.deepEqual(r.scenario.quarterly.map((p) => p.date), ['2024-02-04']);
  assert.ok(!r.base);
  assert.deepEqual(r.rates.find((x) => x.from === '5 to 10 - Fostering' && x.to === '5 to 10 - Not in care'), { from: '5 to 10 - Fostering', to: '5 to 10 - Not in care', rate: 1 / 16, used: 1 / 16 });
});

test('adjustments give a scenario beside the base, and user costs lose the placeholder mark', () => {
  const r = ok({
    reference: handWindow, start: '2024-01-04', months: 12,
    rates: [{ from: '5 to 10 - Fostering', to: '5 to 10 - Not in care', change: { multiply: 2 } }],
    entries: [{ to: '5 to 10 - Fostering', change: { add: -0.25 } }],
    costs: { weekly: { 'Residential (In-house)': 4000 } },
  });
  assert.ok(r.base);
  assert.ok(r.scenario.daily[365]!.groups.Total!.mean < r.base.daily[365]!.groups.Total!.mean);
  const residential = r.scenario.costs.items.find((i) => i.item === 'Residential (In-house)')!;
  assert.deepEqual([residential.weekly, residential.placeholder, residential.source], [4000, false, 'entered by the user']);
});

test('moving children between in-house and external provision', () => {
  const r = ok({ reference: handWindow, start: '2024-01-04', months: 3, withProvision: true, moves: [{ from: 'Residential (In-house)', to: 'Fostering (In-house)', share: 1, of: 'start' }] });
  assert.deepEqual(r.groups, ['Fostering (External)', 'Fostering (In-house)', 'Residential (In-house)', 'Total']);
  assert.equal(r.scenario.daily[0]!.groups['Residential (In-house)']!.mean, 0);
  assert.equal(r.base!.daily[0]!.groups['Residential (In-house)']!.mean, 1);
});

test('bad input: plain messages, never NaN', () => {
  assert.match(errors({ months: 60 }).join(), /over 4 years/);
  assert.match(errors({ costs: { weekly: { 'Fostering (IFA)': -5 } } }).join(), /weekly cost of Fostering \(IFA\) must be a number of 0 or more/);
  assert.match(errors({ costs: { weekly: { Caviar: 5 } } }).join(), /no cost item "Caviar"/);
  assert.match(errors({ reference: { from: '2024-01-10', to: '2024-01-01' } }).join(), /starts \(2024-01-10\) after it ends/);
  assert.match(errors({ reference: { from: '2023-04-01', to: '2023-04-30' } }).join(), /holds no children in care and no entries/);
  assert.match(errors({ reference: { from: '2020-01-01', to: '2023-04-30' } }).join(), /must lie within the data/);
  assert.match(errors({}, { episodes: [{ ...handBuilt.episodes[0]!, DECOM: null }], header: handBuilt.header, uasc: [] }).join(), /no episode has a child, a start date/);
  const messy = {
    ...handBuilt,
    episodes: [...handBuilt.episodes, { ...handBuilt.episodes[0]!, DECOM: null }, { ...handBuilt.episodes[3]!, DECOM: '2023-12-01', DEC: '2023-11-01' }, { ...handBuilt.episodes[4]!, DECOM: '2023-08-01', DEC: '2023-09-01' }],
  };
  const r = ok({ simulation: { runs: 20, seed: 1 }, costs: { inflation: 0.1 } }, messy);
  assert.ok(numbers(r).every(Number.isFinite));
  assert.ok(r.notes.some((n) => /no usable DECOM/.test(n)) && r.notes.some((n) => /DEC before DECOM/.test(n)) && r.notes.some((n) => /overlapping/.test(n)));
});

test('the synthetic medium council reproduces forecasting.md\'s headline figures', () => {
  const dir = reference('synthetic', 'medium-la-903', 'regional-format');
  const data = demandDataFromStackedCsv({
    episodes: readFileSync(`${dir}/episodes.csv`, 'utf8'), header: readFileSync(`${dir}/header.csv`, 'utf8'), uasc: readFileSync(`${dir}/uasc.csv`, 'utf8'),
  });
  // The figures were produced with rates fitted on the two years 2022-04-01 … 2024-03-31.
  const r = ok({ reference: { from: '2022-04-01', to: '2024-03-31' } }, data);
  assert.equal(r.start, '2024-03-31');
  assert.equal(r.states.filter((s) => !s.endsWith('Not in care')).length, 15);
  assert.equal(r.states.length, 20);
  assert.equal(r.scenario.daily[0]!.groups.Total!.mean, 518);
  const at = (date: string) => r.scenario.daily.find((p) => p.date === date)!.groups.Total!;
  for (const [date, mean, halfWidth] of [['2024-06-30', 516.9, 32.9], ['2025-03-31', 513.1, 65.8], ['2026-03-31', 509.0, 92.8]] as const) {
    const b = at(date);
    // The document rounds to one decimal.
    assert.ok(Math.abs(b.mean - mean) <= 0.051, `${date}: mean ${b.mean}`);
    assert.ok(Math.abs(2 * Math.sqrt(b.variance) - halfWidth) <= 0.1, `${date}: 2σ ${2 * Math.sqrt(b.variance)}`);
  }
});

test('history: the population the data shows every 7 days up to the start, and what it cost at the same weekly costs', () => {
  const r = ok({ reference: handWindow, start: '2024-01-04', months: 1, costs: { weekly: { 'Fostering (In-house)': 700, 'Fostering (IFA)': 1400 } } });
  const last = r.history.at(-1)!;
  assert.equal(last.date, '2024-01-04');
  assert.deepEqual(last.groups, { Fostering: 3, Residential: 1, Total: 4 });
  assert.deepEqual(r.history.at(-2), { date: '2023-12-28', groups: { Fostering: 4, Residential: 0, Total: 4 } });
  assert.equal(r.history[0]!.date >= r.dataStart, true);
  // June 2023: A in-house and B with an agency, 30 days each, at £100 and £200 a day.
  const june = r.scenario.costs.history.find((q) => q.quarter === 'Q2-2023')!;
  assert.equal(june.total, 30 * 100 + 30 * 200);
  assert.equal(june.byItem['Fostering (IFA)'], 30 * 200);
  assert.equal(r.scenario.costs.history.at(-1)!.quarter, 'Q1-2024');
});
