import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forecast } from './forecast.ts';
import { BASE_SETTINGS, changesAnything, checkScenarioSettings, forecastOptionsOf } from './scenario.ts';
import { handBuilt, handWindow } from './test-council.ts';

function errorsOf(input: unknown): string {
  const checked = checkScenarioSettings(input);
  assert.ok(!checked.ok, 'refused');
  return checked.errors.join('\n');
}

test('settings left out take the base defaults, and the base changes nothing', () => {
  const checked = checkScenarioSettings({});
  assert.ok(checked.ok);
  assert.deepEqual(checked.settings, BASE_SETTINGS);
  assert.equal(changesAnything(BASE_SETTINGS), false);
  assert.equal(changesAnything({ ...BASE_SETTINGS, costs: { ...BASE_SETTINGS.costs, weekly: { 'Residential (External)': 5000 } } }), true);
});

test('a full scenario is read as given and runs', () => {
  const input = {
    reference: handWindow, start: '2024-01-04', months: 12, provision: true, uasc: 'exclude',
    rates: [{ from: '5 to 10 - Fostering (In-house)', to: '5 to 10 - Not in care', change: { multiply: 2 } }],
    entries: [{ to: '5 to 10 - Fostering (In-house)', change: { add: -0.1 } }],
    moves: [{ from: 'Fostering (External)', to: 'Fostering (In-house)', share: 0.5, of: 'start' }],
    costs: { weekly: { 'Fostering (IFA)': 900 }, shares: { 'Fostering (In-house)': 0.5 }, inflation: 0.05 },
  };
  const checked = checkScenarioSettings(input);
  assert.ok(checked.ok, checked.ok ? '' : checked.errors.join());
  assert.deepEqual(checked.settings, input);
  const out = forecast(handBuilt, forecastOptionsOf(checked.settings));
  assert.ok(out.ok, out.ok ? '' : out.errors.join());
  assert.equal(out.result.end, '2025-01-04');
  assert.ok(out.result.base, 'the changes give a forecast without them beside');
});

test('every wrong field is named with the value found', () => {
  assert.match(errorsOf({ months: 60 }), /months: the horizon of 60 months is over 4 years/);
  assert.match(errorsOf({ months: 2.5 }), /months: the horizon must be a whole number of months from 1, not 2.5/);
  assert.match(errorsOf({ costs: { weekly: { 'Fostering (IFA)': -5 } } }), /costs.weekly\["Fostering \(IFA\)"\]: a weekly cost must be a number of pounds, 0 or more, not -5/);
  assert.match(errorsOf({ costs: { weekly: { Caviar: 5 } } }), /no cost item "Caviar"/);
  assert.match(errorsOf({ reference: { from: '2024-02-01', to: '2024-01-01' } }), /reference: the window starts \(2024-02-01\) after it ends/);
  assert.match(errorsOf({ reference: { from: '1 Jan', to: '2024-01-01' } }), /reference.from: expected a date such as 2024-03-31, not "1 Jan"/);
  assert.match(errorsOf({ moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 1.5 }] }), /moves\[0\].share: .* not 1.5/);
  assert.match(errorsOf({ rates: [{ from: 'a', to: 'b', change: { multiply: 2, add: 1 } }] }), /rates\[0\].change: expected \{"multiply": n\} or \{"add": n\}/);
  assert.match(errorsOf({ costs: { inflation: 2 } }), /costs.inflation: .* not 2/);
  assert.match(errorsOf({ colour: 'red' }), /no setting "colour"/);
  assert.match(errorsOf([]), /settings: expected an object/);
});
