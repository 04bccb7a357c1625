import type { Database } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';

/** Ofsted judgements of every council, and the council's own inspections and visits. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its domain's work
export interface InspectionsAccess {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function inspectionsAccess(db: Database, guard: ActorGuard): InspectionsAccess {
  return {};
}
