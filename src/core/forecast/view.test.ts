import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backtest } from './backtest.ts';
import { compareForecasts } from './comparison.ts';
import { forecast } from './forecast.ts';
import { BASE_SETTINGS, forecastOptionsOf, type ScenarioSettings } from './scenario.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { backtestSentence, backtestView, forecastView, viewQuarterFigures, type ForecastView } from './view.ts';

const settings: ScenarioSettings = { ...BASE_SETTINGS, reference: handWindow, start: '2024-01-04', months: 12 };

function viewOf(s: ScenarioSettings, scenario: ForecastView['scenario'] = null): ForecastView {
  const out = forecast(handBuilt, forecastOptionsOf(s));
  assert.ok(out.ok, out.ok ? '' : out.errors.join());
  return forecastView(out.result, s, backtestView({ error: 'too little data' }), scenario);
}

test('a view: weekly points with the band, the history up to the start, and costs past and future', () => {
  const v = viewOf(settings);
  assert.deepEqual(v.groups, ['Fostering (External)', 'Fostering (In-house)', 'Residential (In-house)', 'Total']);
  assert.equal(v.forecast[0]!.date, '2024-01-04');
  assert.equal(v.forecast[1]!.date, '2024-01-11');
  assert.equal(v.forecast.at(-1)!.date, v.end);
  assert.equal(v.history.at(-1)!.date, v.start);
  assert.deepEqual(v.history.at(-1)!.values, v.forecast[0]!.mean);
  assert.ok(v.forecast.every((p) => p.mean.every((m, i) => p.lower[i]! <= m && m <= p.upper[i]!)));
  assert.equal(v.costs.quarters[0]!.byItem.length, v.costs.items.length);
  assert.equal(v.withoutChanges, null);
  const quarters = viewQuarterFigures(v);
  assert.deepEqual(quarters.map((q) => q.quarter), ['Q1-2024', 'Q2-2024', 'Q3-2024', 'Q4-2024', 'Q1-2025']);
  assert.ok(Math.abs(quarters.reduce((n, q) => n + q.cost, 0) - v.costs.quarters.reduce((n, q) => n + q.total, 0)) < 1e-9);
});

test('comparison: each scenario beside the base, with its difference, and a scenario that fails keeps its column', () => {
  const base = viewOf(settings);
  const dearer = viewOf({ ...settings, costs: { ...settings.costs, weekly: { 'Residential (In-house)': 8000 } } }, { id: 1, name: 'Dearer homes' });
  const moved = viewOf({ ...settings, moves: [{ from: 'Residential (In-house)', to: 'Fostering (In-house)', share: 1, of: 'start' }] }, { id: 2, name: 'Step down' });
  const c = compareForecasts(base, [{ scenario: dearer.scenario, view: dearer }, { scenario: moved.scenario, view: moved }, { scenario: { id: 3, name: 'Old' }, error: 'there is no state "x"' }]);
  assert.deepEqual(c.columns.map((col) => col.scenario?.name ?? 'Base'), ['Base', 'Dearer homes', 'Step down', 'Old']);
  assert.equal(c.quarters.length, 5);
  const [b, d, m, old] = c.columns;
  assert.deepEqual(b!.costDifference, [0, 0, 0, 0, 0]);
  // The one child in a home all year costs £8,000 instead of £6,102 a week.
  assert.ok(Math.abs(d!.yearOneDifference! - (365 * (8000 - 6102)) / 7) < 1e-6, String(d!.yearOneDifference));
  assert.equal(d!.yearOneFromChanges, null, 'a price change is not a change to practice');
  assert.ok(m!.yearOneDifference! < 0 && m!.yearOneFromChanges === m!.yearOneDifference);
  assert.equal(old!.error, 'there is no state "x"');
  assert.deepEqual(old!.cost, [null, null, null, null, null]);
});

test('the backtest in words', () => {
  const tested = backtest(handBuilt, { reference: handWindow, months: 1 });
  assert.ok(!('error' in tested));
  const sentence = backtestSentence(backtestView(tested, 1));
  assert.match(sentence, /^Over the last month this model was within \d+(\.\d)?% in total: fitted on 2024-01-01 to 2024-01-04/);
  assert.match(backtestSentence(backtestView({ error: 'the data ends too soon' })), /could not be tested against the past: the data ends too soon/);
});
