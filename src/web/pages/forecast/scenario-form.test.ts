import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_SETTINGS, type ScenarioSettings } from '../../../core/forecast/scenario.ts';
import { emptyForm, formOf, hrefOf, itemId, movableCategories, settingsOf, withoutProvision } from './scenario-form.ts';

const scenario: ScenarioSettings = {
  ...BASE_SETTINGS,
  reference: { from: '2024-04-01', to: '2026-03-31' },
  months: 36,
  moves: [{ from: 'Residential (External)', to: 'Residential (In-house)', share: 0.25, of: 'both' }],
  entries: [{ to: '10 to 16 - Residential (External)', change: { multiply: 0.8 } }],
  rates: [{ from: '16 to 18+ - Fostering (In-house)', to: '16 to 18+ - Not in care', change: { add: 0.001 } }],
  costs: { weekly: { 'Residential (External)': 7000 }, shares: { 'Fostering (IFA)': 0.3 }, inflation: 0.05 },
};

test('a scenario read into the form and back is the same scenario, in percentages people type', () => {
  const form = formOf('Step down', '', scenario);
  assert.equal(form.moves[0]!.percent, '25');
  assert.deepEqual([form.entries[0]!.mode, form.entries[0]!.value], ['percent', '-20']);
  assert.equal(form.weekly['Residential (External)'], '7000');
  assert.equal(form.weekly['Fostering (IFA)'], '250', 'the default where the scenario keeps it');
  assert.equal(form.inflation, '5');
  const back = settingsOf({ ...form, weekly: { ...form.weekly, 'Residential (External)': '£7,000' } });
  assert.ok('settings' in back);
  assert.deepEqual(back.settings, scenario);
  const base = settingsOf({ ...emptyForm(), name: 'Nothing' });
  assert.ok('settings' in base);
  assert.deepEqual(base.settings, BASE_SETTINGS, 'unchanged costs are not saved as local costs');
});

test('every box that does not read is named, leading to it', () => {
  const form = { ...emptyForm(), months: 'two years', moves: [{ from: 'Residential (External)', to: '', percent: '150', of: 'both' as const }], weekly: { ...emptyForm().weekly, Other: '-3' }, inflation: 'lots' };
  const read = settingsOf(form);
  assert.ok('errors' in read);
  assert.deepEqual(read.errors.map((e) => e.href), ['#scenario-name', '#months', '#move-0-from', '#move-0-percent', `#${itemId('weekly', 'Other')}`, '#inflation']);
});

test('the server\'s problems lead to their boxes', () => {
  assert.equal(hrefOf('months: the horizon of 60 months is over 4 years'), '#months');
  assert.equal(hrefOf('costs.weekly["Residential (In-house)"]: a weekly cost must be …'), '#weekly-residential-in-house');
  assert.equal(hrefOf('moves[2].share: …'), '#move-2-percent');
  assert.equal(hrefOf('there is no state "x"'), undefined);
});

test('categories with and without provision', () => {
  assert.deepEqual(movableCategories(false), ['Fostering', 'Residential', 'Supported', 'Other']);
  assert.equal(movableCategories(true).length, 8);
  assert.equal(withoutProvision('10 to 16 - Residential (External)'), '10 to 16 - Residential');
  assert.equal(withoutProvision('Fostering (In-house)'), 'Fostering');
});
