import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read, utils } from '@e965/xlsx';
import { compareForecasts } from './comparison.ts';
import { forecastCsv, forecastWorkbook } from './export.ts';
import { forecast } from './forecast.ts';
import { BASE_SETTINGS, forecastOptionsOf, type ScenarioSettings } from './scenario.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { backtestView, forecastView } from './view.ts';

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
