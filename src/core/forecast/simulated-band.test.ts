import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forecast } from './forecast.ts';
import { BASE_SETTINGS, forecastOptionsOf, type ScenarioSettings } from './scenario.ts';
import { checkBandChoice, simulatedBandView } from './simulated-band.ts';
import { handBuilt, handWindow } from './test-council.ts';
import { backtestView, forecastView, SHOWN_EVERY_DAYS } from './view.ts';

const settings: ScenarioSettings = { ...BASE_SETTINGS, reference: handWindow, start: '2024-01-04', months: 12 };

function simulated(runs: number, seed: number, every?: number) {
  const out = forecast(handBuilt, { ...forecastOptionsOf(settings), simulation: { runs, seed, ...(every ? { every } : {}) } });
  assert.ok(out.ok, out.ok ? '' : out.errors.join());
  return out.result;
}

test('the band asked for: closed form by default, simulated with the usual runs and seed, bad values named', () => {
  assert.deepEqual(checkBandChoice({}), { ok: true, choice: { band: 'closed-form' } });
  assert.deepEqual(checkBandChoice({ band: 'simulated' }), { ok: true, choice: { band: 'simulated', runs: 1000, seed: 1 } });
  assert.deepEqual(checkBandChoice({ band: 'simulated', runs: 200, seed: 0 }), { ok: true, choice: { band: 'simulated', runs: 200, seed: 0 } });
  const errors = (asked: Parameters<typeof checkBandChoice>[0]) => {
    const c = checkBandChoice(asked);
    return c.ok ? [] : c.errors;
  };
  assert.deepEqual(errors({ band: 'simulated', runs: 5000 }), ['runs: a simulated range takes a whole number of runs from 200 to 2,000, not 5000']);
  assert.match(errors({ band: 'simulated', runs: 199 }).join(), /not 199/);
  assert.match(errors({ band: 'simulated', runs: 500.5 }).join(), /not 500.5/);
  assert.deepEqual(errors({ band: 'simulated', seed: -1 }), ['seed: a whole number from 0 to 2,147,483,647, not -1']);
  assert.deepEqual(errors({ runs: 500 }), ["runs: only a simulated range has runs (band=simulated), not the closed form's"]);
  assert.match(errors({ band: 'guessed' }).join(), /band: "closed-form" or "simulated", not "guessed"/);
});

test('kept every 7 days, the simulation holds each date a view shows, the quarter ends and the last day', () => {
  const every = simulated(40, 3, SHOWN_EVERY_DAYS);
  const daily = simulated(40, 3);
  const kept = every.simulation!.daily.map((p) => p.date);
  assert.ok(kept.length < daily.simulation!.daily.length / 5, `${kept.length} days kept`);
  for (const date of ['2024-01-04', '2024-01-11', '2024-03-31', '2024-06-30', '2025-01-04']) assert.ok(kept.includes(date), date);
  // The same seed runs the same draws, whichever days are kept.
  const same = daily.simulation!.daily.filter((p) => kept.includes(p.date));
  assert.deepEqual(every.simulation!.daily, same);
  const refused = forecast(handBuilt, { ...forecastOptionsOf(settings), simulation: { runs: 10, seed: 1, every: 0 } });
  assert.match(refused.ok ? '' : refused.errors.join(), /a whole number from 1\), not every 0/);
});

test('a view carries the simulated range on its own dates, seeded: the same twice, and null when not simulated', () => {
  const view = (runs: number, seed: number) => forecastView(simulated(runs, seed, SHOWN_EVERY_DAYS), settings, backtestView({ error: 'too little data' }), null);
  const a = view(300, 9);
  assert.deepEqual(a.simulated!.forecast.map((p) => p.date), a.forecast.map((p) => p.date));
  assert.equal(a.simulated!.runs, 300);
  assert.equal(a.simulated!.seed, 9);
  assert.equal(a.simulated!.coverage, 0.95);
  const total = a.groups.indexOf('Total');
  const end = a.simulated!.forecast.at(-1)!;
  assert.ok(end.lower[total]! <= end.median[total]! && end.median[total]! <= end.upper[total]!);
  assert.ok(end.upper[total]! > end.lower[total]!, 'the runs spread out');
  assert.equal(a.simulated!.forecast[0]!.lower[total], a.forecast[0]!.mean[total], 'everyone starts where the data ends');
  assert.deepEqual(view(300, 9).simulated, a.simulated);
  assert.notDeepEqual(view(300, 10).simulated, a.simulated);
  const closed = forecast(handBuilt, forecastOptionsOf(settings));
  assert.ok(closed.ok);
  assert.equal(simulatedBandView(closed.result, ['2024-01-04']), null);
  assert.equal(forecastView(closed.result, settings, backtestView({ error: 'too little data' }), null).simulated, null);
});
