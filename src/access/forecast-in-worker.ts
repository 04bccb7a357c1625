import { Worker } from 'node:worker_threads';
import type { DemandData } from '../core/forecast/demand-data.ts';
import type { ForecastOptions, ForecastOutcome } from '../core/forecast/forecast.ts';

/**
 * A forecast worked out on a worker thread. A simulated range takes up to 2,000 runs, the best part of a
 * second or more for a large council: on the server's own thread that would hold up every other request.
 * The data and the outcome are plain data and typed arrays, so they cross threads as they are.
 */
export function forecastInWorker(data: DemandData, options: ForecastOptions): Promise<ForecastOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./forecast-worker.ts', import.meta.url), { workerData: { data, options } });
    let settled = false;
    worker.once('message', (outcome: ForecastOutcome) => {
      settled = true;
      resolve(outcome);
    });
    worker.once('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The forecast's worker thread stopped (exit code ${code}) without an answer.`));
    });
  });
}
