// The forecast worked out on a worker thread (see forecast-in-worker.ts): data and options in, the outcome out.
import { parentPort, workerData } from 'node:worker_threads';
import type { DemandData } from '../core/forecast/demand-data.ts';
import { forecast, type ForecastOptions } from '../core/forecast/forecast.ts';

const { data, options } = workerData as { data: DemandData; options: ForecastOptions };
parentPort!.postMessage(forecast(data, options));
