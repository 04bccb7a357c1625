import type { Database } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';

/** Case audits: templates, samples, audits, moderation, the grades-and-themes dashboard. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its domain's work
export interface CaseAuditsAccess {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function caseAuditsAccess(db: Database, guard: ActorGuard): CaseAuditsAccess {
  return {};
}
