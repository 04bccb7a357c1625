import type { Database } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';

/** The improvement plan: actions, milestones, weekly updates, risks, RAG, history. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by its domain's work
export interface ImprovementPlanAccess {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- filled in by its domain's work
export function improvementPlanAccess(db: Database, guard: ActorGuard): ImprovementPlanAccess {
  return {};
}
