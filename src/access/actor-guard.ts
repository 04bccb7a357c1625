import type { IsoDate } from '../core/model/dates.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { Actor } from './accounts.ts';
import { writeAudit } from './audit.ts';
import { councilFigures, councilTeams, type CouncilFigures } from './council-figures.ts';
import { AccessDenied, NotFound } from './errors.ts';
import { ROLE_NAMES, scopeOf, type Action, type Scope } from './permissions.ts';

/**
 * What every part of the data-access layer checks before it touches the store, for one actor: the
 * scope an action allows (or AccessDenied), the audit entry, which children the actor may see, and the
 * council's worked-out figures. Each domain's access module (inspections, the improvement plan, case
 * audits, caseloads, forecasts) takes one of these, so the rules live in one place.
 */
export interface ActorGuard {
  readonly actor: Actor;
  /** The actor's scope for `action`, or AccessDenied. */
  scope(action: Action): Exclude<Scope, null>;
  /** Writes an audit entry as the actor (in `q`'s transaction). */
  audit(q: Queryable, action: string, subject: string | null, reason: string | null, detail?: Record<string, unknown>): Promise<void>;
  /** Whether a child is the actor's to see under `scope`: a social worker's team's only. */
  visibleChildren(scope: Exclude<Scope, null>): Promise<(childId: string) => boolean>;
  /** The council's figures from its current returns, or NotFound when it has none. */
  figures(): Promise<CouncilFigures>;
}

export function actorGuard(db: Database, actor: Actor): ActorGuard {
  return {
    actor,
    scope(action) {
      const s = scopeOf(actor.role, action);
      if (!s) throw new AccessDenied(`${ROLE_NAMES[actor.role]}s may not ${action.replaceAll('-', ' ')}.`);
      return s;
    },
    async audit(q, action, subject, reason, detail) {
      await writeAudit(q, { actor: actor.username, action, subject, reason, detail: detail ?? null });
    },
    async visibleChildren(s) {
      if (s === 'all') return () => true;
      const teams = await councilTeams(db, actor.la);
      return (childId) => actor.team !== null && teams.get(childId) === actor.team;
    },
    async figures() {
      const f = await councilFigures(db, actor.la);
      if (!f) throw new NotFound('There are no returns for your council yet: upload one first.');
      return f;
    },
  };
}

/** Today in UTC, for review and due dates. */
export const today = (): IsoDate => new Date().toISOString().slice(0, 10);
