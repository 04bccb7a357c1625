import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forecast, type ForecastOptions } from '../core/forecast/forecast.ts';
import { handBuilt, handWindow } from '../core/forecast/test-council.ts';
import { forecastInWorker } from './forecast-in-worker.ts';

describe('a forecast on a worker thread', () => {
  it('gives what the forecast gives on this thread, simulated range included (the same seed, the same runs)', async () => {
    const options: ForecastOptions = { reference: handWindow, start: '2024-01-04', months: 3, simulation: { runs: 200, seed: 7, every: 7 } };
    const here = forecast(handBuilt, options);
    assert.ok(here.ok && here.result.simulation, 'the forecast itself works out a simulated range');
    assert.deepEqual(await forecastInWorker(handBuilt, options), here);
  });

  it('passes on what the forecast refuses, as on this thread', async () => {
    const options: ForecastOptions = { reference: { from: '2030-01-01', to: '2030-02-01' } };
    const outcome = await forecastInWorker(handBuilt, options);
    assert.equal(outcome.ok, false);
    assert.deepEqual(outcome, forecast(handBuilt, options));
  });
});
