import { CASELOAD_LIMIT_RANGE, caseloadsOn, caseloadTrend, DEFAULT_CASELOAD_LIMIT, type CaseloadTrendPoint, type Caseloads, type UnallocatedChild } from '../core/caseloads/caseloads.ts';
import { monthsTo } from '../core/indicators/period.ts';
import type { IsoDate } from '../core/model/dates.ts';
import { readSetting, writeSetting } from '../store/council-settings.ts';
import type { Database, Queryable } from '../store/database.ts';
import type { ActorGuard } from './actor-guard.ts';
import { councilAllocations } from './council-figures.ts';
import { Rejected } from './errors.ts';
import { scopeOf } from './permissions.ts';

/** The council setting that holds its caseload limit (a whole number of children per worker). */
export const CASELOAD_LIMIT_SETTING = 'caseload-limit';
/** How many months the trend shows, ending with the month of the date asked for. */
export const TREND_MONTHS = 12;

/** The limit in force: the council's own, or Sightline's default until it sets one. */
export interface CaseloadLimitView {
  readonly value: number;
  readonly isDefault: boolean;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
}

export interface CaseloadsView {
  readonly la: string;
  /** The latest date the returns reach: caseloads can be asked for on it or before. */
  readonly at: IsoDate;
  /** The team the figures are narrowed to (a social worker's own); null for the whole council. */
  readonly team: string | null;
  readonly limit: CaseloadLimitView;
  /** Workers by id (the 903's SW_ID or the case management system's, no names); the unallocated children's ids only for those who may find children, else null (counts stay in the summary). */
  readonly caseloads: Omit<Caseloads, 'unallocated'> & { readonly unallocated: readonly UnallocatedChild[] | null };
  readonly trend: readonly CaseloadTrendPoint[];
}

/** Caseloads per worker and team, over-limit workers, unallocated children, trend. */
export interface CaseloadsAccess {
  /** Caseloads on a date (the latest the returns reach unless asked), with the month-by-month trend to it. */
  caseloads(input: { on?: IsoDate | undefined }): Promise<CaseloadsView>;
  /** Changes the council's caseload limit (audited). */
  setLimit(limit: number): Promise<CaseloadLimitView>;
}

async function limitOf(q: Queryable, la: string): Promise<CaseloadLimitView> {
  const stored = await readSetting<unknown>(q, la, CASELOAD_LIMIT_SETTING);
  // A stored value of another shape (set by hand, say) is not trusted: the default applies.
  if (!stored || !validLimit(stored.value)) return { value: DEFAULT_CASELOAD_LIMIT, isDefault: true, updatedBy: null, updatedAt: null };
  return { value: stored.value, isDefault: false, updatedBy: stored.updatedBy, updatedAt: stored.updatedAt };
}

const validLimit = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= CASELOAD_LIMIT_RANGE.min && (n as number) <= CASELOAD_LIMIT_RANGE.max;

export function caseloadsAccess(db: Database, guard: ActorGuard): CaseloadsAccess {
  const { actor, scope, audit, figures } = guard;
  return {
    async caseloads(input) {
      const s = scope('view-caseloads');
      const f = await figures();
      const on = input.on ?? f.at;
      if (on > f.at) throw new Rejected(`on: ${on} is after ${f.at}, the latest date the returns reach.`, { problems: [{ field: 'on', message: `Choose ${f.at} or earlier.` }] });
      const [{ allocations }, limit] = await Promise.all([councilAllocations(db, actor.la), limitOf(db, actor.la)]);
      const team = s === 'team' ? (actor.team ?? '') : undefined;
      const caseloads = caseloadsOn(f.children, allocations, on, limit.value, team);
      const trend = caseloadTrend(f.children, allocations, monthsTo(on, TREND_MONTHS), limit.value, team);
      // Child ids only for those who may find children; a social worker's are already their team's.
      const ids = scopeOf(actor.role, 'search-children') !== null;
      if (ids) await audit(db, 'view-unallocated-children', null, null, { on, children: caseloads.unallocated.length, ...(team === undefined ? {} : { team }) });
      return { la: actor.la, at: f.at, team: team ?? null, limit, caseloads: { ...caseloads, unallocated: ids ? caseloads.unallocated : null }, trend };
    },

    async setLimit(limit) {
      scope('manage-council-settings');
      if (!validLimit(limit)) {
        throw new Rejected(`limit: the caseload limit must be a whole number from ${CASELOAD_LIMIT_RANGE.min} to ${CASELOAD_LIMIT_RANGE.max} (${limit} given).`, { problems: [{ field: 'limit', message: `Enter a whole number from ${CASELOAD_LIMIT_RANGE.min} to ${CASELOAD_LIMIT_RANGE.max}.` }] });
      }
      return db.transaction(async (tx) => {
        const before = await limitOf(tx, actor.la);
        await writeSetting(tx, actor.la, CASELOAD_LIMIT_SETTING, limit, actor.username);
        await audit(tx, 'change-council-setting', CASELOAD_LIMIT_SETTING, null, { from: before.value, to: limit, wasDefault: before.isDefault });
        return limitOf(tx, actor.la);
      });
    },
  };
}
