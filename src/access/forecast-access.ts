import type { Database } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';

/** Care population and spend forecasts from the council's stored returns, and its named scenarios. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its domain's work
export interface ForecastAccess {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function forecastAccess(db: Database, guard: ActorGuard): ForecastAccess {
  return {};
}
