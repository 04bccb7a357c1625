import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayNumber } from '../model/dates.ts';
import { cleanEpisodes } from './clean-episodes.ts';
import { defaultItemOf } from './costs.ts';
import { forecast } from './forecast.ts';
import { borrowRates, isModelledCategory, moveTargets } from './move-targets.ts';
import { fitRates } from './rates.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { modelStates } from './transitions.ts';

function cleaned() {
  const c = cleanEpisodes(handBuilt, { withProvision: true });
  assert.ok(!('error' in c));
  return c;
}

test('a move into a category the data lacks adds its states, which take the rates of the children moved', () => {
  const c = cleaned();
  const observed = modelStates(c.episodes);
  const moves = [{ from: 'Fostering (In-house)', to: 'Supported (In-house)', share: 0.5, of: 'start' as const }];
  const borrowed = moveTargets(observed, moves, true);
  assert.deepEqual(borrowed, [{ bracket: 2, category: 'Supported (In-house)', from: 'Fostering (In-house)' }]);
  const space = modelStates(c.episodes, borrowed.map((b) => [b.bracket, b.category] as const));
  const S = space.states.length;
  const window = { from: dayNumber(handWindow.from), to: dayNumber(handWindow.to) };
  const rates = borrowRates(space, fitRates(space, c.episodes, window), borrowed);
  const at = (from: string, to: string) => rates.transition[space.states.findIndex((s) => s.label === from) * S + space.states.findIndex((s) => s.label === to)]!;
  // A left in-house foster care on 2 January: 1 of the 3 there the day before (A, C, D); over 4 days, 1/12 a day.
  assert.equal(at('5 to 10 - Fostering (In-house)', '5 to 10 - Not in care'), 1 / 12);
  assert.equal(at('5 to 10 - Supported (In-house)', '5 to 10 - Not in care'), 1 / 12);
  // B moved from (external) foster care to an in-house home; the new state has no such move of its own.
  assert.equal(at('5 to 10 - Supported (In-house)', '5 to 10 - Residential (In-house)'), 0);
});

test('no states are added for a move between categories the data has, or to a category the model cannot have', () => {
  const space = modelStates(cleaned().episodes);
  assert.deepEqual(moveTargets(space, [{ from: 'Fostering (External)', to: 'Fostering (In-house)', share: 1, of: 'both' }], true), []);
  assert.deepEqual(moveTargets(space, [{ from: 'Fostering (External)', to: 'Caviar (In-house)', share: 1, of: 'both' }], true), []);
  assert.ok(isModelledCategory('Residential (External)', true) && !isModelledCategory('Residential', true) && isModelledCategory('Residential', false));
});

test('a category with no history is priced as its own kind of placement', () => {
  assert.equal(defaultItemOf('Residential (External)'), 'Residential (External)');
  assert.equal(defaultItemOf('Fostering (External)'), 'Fostering (IFA)');
  assert.equal(defaultItemOf('Fostering (In-house)'), 'Fostering (In-house)');
  assert.equal(defaultItemOf('Supported (External)'), 'Supported accommodation');
  assert.equal(defaultItemOf('Other'), 'Other');
});

test('moving the child in in-house residential care to an external home costs the difference in weekly cost, every day', () => {
  const out = forecast(handBuilt, {
    reference: handWindow, start: '2024-01-04', months: 12, withProvision: true,
    moves: [{ from: 'Residential (In-house)', to: 'Residential (External)', share: 1, of: 'start' }],
    costs: { weekly: { 'Residential (In-house)': 1000, 'Residential (External)': 5000 } },
  });
  assert.ok(out.ok, out.ok ? '' : out.errors.join());
  const r = out.result;
  assert.ok(r.groups.includes('Residential (External)'));
  assert.equal(r.scenario.daily[0]!.groups['Residential (External)']!.mean, 1);
  assert.equal(r.base!.daily[0]!.groups['Residential (External)']!.mean, 0);
  // Nobody leaves residential care in the window, so the child stays all year: 365 days at £4,000/7 more.
  assert.ok(Math.abs(r.scenario.costs.yearOne - r.base!.costs.yearOne - (365 * 4000) / 7) < 1e-6);
  assert.ok(r.notes.some((n) => /No child is in Residential \(External\)/.test(n)));
});
