import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read, utils } from '@e965/xlsx';
import { compareForecasts } from './comparison.ts';
import { forecastCsv, forecastWorkbook } from './export.ts';
import { forecast } from './forecast.ts';
import { BASE_SETTINGS, forecastOptionsOf, type ScenarioSettings } from './scenario.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { backtestView, forecastView, SHOWN_EVERY_DAYS } from './view.ts';

const settings: ScenarioSettings = { ...BASE_SETTINGS, reference: handWindow, start: '2024-01-04', months: 6, moves: [{ from: 'Residential (In-house)', to: 'Residential (External)', share: 1, of: 'both' }] };
const out = forecast(handBuilt, forecastOptionsOf(settings));
assert.ok(out.ok);
const view = forecastView(out.result, settings, backtestView({ error: 'too little data' }), { id: 7, name: 'Into an external home' });

test('CSV: one tidy table of children observed and forecast and costs past and future, no NaN', () => {
  const csv = forecastCsv(view);
  const lines = csv.trimEnd().split('\n');
  assert.equal(lines[0], 'section,period,group,value,lower,upper');
  assert.equal(lines.length - 1, (view.history.length + view.forecast.length) * view.groups.length + (view.costs.history.length + view.costs.quarters.length) * (view.costs.items.length + 1));
  assert.ok(lines.includes(`children-history,2024-01-04,Total,4,,`));
  assert.ok(lines.some((l) => l.startsWith('cost-forecast,Q1-2024,Total,')));
  assert.doesNotMatch(csv, /NaN|undefined/);
});

test('xlsx: what it is and how far to trust it, children, costs, weekly costs with placeholders, and the comparison', () => {
  const book = read(forecastWorkbook(view, compareForecasts(view, [])), { type: 'array' });
  assert.deepEqual(book.SheetNames, ['About', 'Children', 'Cost by quarter', 'Weekly costs', 'Comparison']);
  const about = utils.sheet_to_json<string[]>(book.Sheets.About!, { header: 1 });
  assert.match(about[0]![0]!, /scenario "Into an external home"/);
  assert.ok(about.some((r) => /Move 100% of Residential \(In-house\) to Residential \(External\)/.test(r[0] ?? '')));
  assert.ok(about.some((r) => /could not be tested against the past/.test(r[1] ?? '')));
  const weekly = utils.sheet_to_json<Record<string, unknown>>(book.Sheets['Weekly costs']!);
  assert.equal(weekly.find((r) => r['Cost item'] === 'Fostering (IFA)')!.Placeholder, 'PLACEHOLDER: not a real price');
  assert.equal(weekly.find((r) => r['Cost item'] === 'Residential (External)')!.Placeholder, 'no');
  assert.equal(utils.sheet_to_json(book.Sheets.Children!).length, view.history.length + view.forecast.length);
});

test('with a simulated range: its median and middle runs in the CSV and on a sheet of their own', () => {
  const simulatedOut = forecast(handBuilt, { ...forecastOptionsOf(settings), simulation: { runs: 200, seed: 3, every: SHOWN_EVERY_DAYS } });
  assert.ok(simulatedOut.ok);
  const withBand = forecastView(simulatedOut.result, settings, backtestView({ error: 'too little data' }), null);
  assert.ok(withBand.simulated);
  const lines = forecastCsv(withBand).trimEnd().split('\n');
  const simulatedRows = lines.filter((l) => l.startsWith('children-simulated,'));
  assert.equal(simulatedRows.length, withBand.simulated.forecast.length * withBand.groups.length);
  const last = withBand.simulated.forecast.at(-1)!;
  const total = withBand.groups.indexOf('Total');
  assert.ok(lines.includes(`children-simulated,${last.date},Total,${[last.median[total]!, last.lower[total]!, last.upper[total]!].map((n) => (Number.isInteger(n) ? String(n) : n.toFixed(2))).join(',')}`));
  assert.equal(forecastCsv(view).includes('children-simulated'), false, 'no simulated rows without a simulation');

  const book = read(forecastWorkbook(withBand, null), { type: 'array' });
  assert.deepEqual(book.SheetNames, ['About', 'Children', 'Simulated range', 'Cost by quarter', 'Weekly costs']);
  const sheet = utils.sheet_to_json<string[]>(book.Sheets['Simulated range']!, { header: 1 });
  assert.match(sheet[0]![0]!, /middle 95% of 200 simulated runs \(seed 3\)/);
  assert.equal(sheet.length - 2, withBand.simulated.forecast.length);
});
