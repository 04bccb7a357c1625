import type { Database } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';

/** Caseloads per worker and team, over-limit workers, unallocated children, trend. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its domain's work
export interface CaseloadsAccess {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function caseloadsAccess(db: Database, guard: ActorGuard): CaseloadsAccess {
  return {};
}
