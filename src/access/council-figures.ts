import { buildChronology } from '../core/chronology/chronology.ts';
import { drift, type DriftResult } from '../core/drift/drift.ts';
import { allocationsFrom903 } from '../core/drift/worklist.ts';
import { childFacts, disabilitiesOf, type ChildFacts } from '../core/indicators/child-facts.ts';
import { computeIndicators, type IndicatorResult } from '../core/indicators/compute.ts';
import { referenceDate, type CollectionYear } from '../core/model/collection-year.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Database, Queryable } from '../store/database.ts';
import { loadJourneys } from '../store/journeys.ts';

/**
 * Everything Sightline works out from a council's current returns: each child's facts, every indicator
 * and every drift item, on the latest 31 March the returns reach. Worked out once and kept, per database
 * and council, until the set of current returns changes (an import supersedes one or adds a year).
 */
export interface CouncilFigures {
  readonly la: string;
  /** The current returns' ids: what the figures were worked out from. */
  readonly returnIds: readonly number[];
  readonly at: IsoDate;
  readonly children: readonly ChildFacts[];
  readonly indicators: readonly IndicatorResult[];
  readonly drift: DriftResult;
  /** Each child's social worker (SW_ID) on `at`, from the SSDA903 social worker episodes. */
  readonly workers: ReadonlyMap<string, string>;
}

const caches = new WeakMap<Database, Map<string, { key: string; figures: Promise<CouncilFigures> }>>();

/** Each council's current returns: their ids and the latest collection year. */
type CurrentReturns = ReadonlyMap<string, { readonly ids: readonly number[]; readonly latest: CollectionYear }>;

/** One small query, asked on every call, tells whether the figures kept are still current. */
async function currentReturns(db: Database, la?: string): Promise<CurrentReturns> {
  const rows = await db.query<{ la: string; ids: number[]; latest: CollectionYear }>(
    `select la, array_agg(id::int order by id) as ids, max(collection_year) as latest from returns
     where superseded_by is null ${la === undefined ? '' : 'and la = $1'} group by la order by la`,
    la === undefined ? [] : [la],
  );
  return new Map(rows.map((r) => [r.la, { ids: r.ids, latest: r.latest }]));
}

/** The council's figures, or null when it has no returns. */
export async function councilFigures(db: Database, la: string): Promise<CouncilFigures | null> {
  const current = (await currentReturns(db, la)).get(la);
  return current ? figuresOf(db, la, current) : null;
}

/** Every council's figures in the store, the council named first (null when it has no returns): for comparing with the others. */
export async function everyCouncilFigures(db: Database, la: string): Promise<{ own: CouncilFigures | null; others: CouncilFigures[] }> {
  const current = await currentReturns(db);
  const figures = await Promise.all([...current].map(([code, c]) => figuresOf(db, code, c)));
  return { own: figures.find((f) => f.la === la) ?? null, others: figures.filter((f) => f.la !== la) };
}

function figuresOf(db: Database, la: string, current: { readonly ids: readonly number[]; readonly latest: CollectionYear }): Promise<CouncilFigures> {
  const key = current.ids.join(',');
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const known = cache.get(la);
  if (known?.key === key) return known.figures;
  const figures = workOut(db, la, current.ids, referenceDate(current.latest));
  cache.set(la, { key, figures });
  // A failed load is not remembered: the next request tries again.
  figures.catch(() => {
    if (cache.get(la)?.figures === figures) cache.delete(la);
  });
  return figures;
}

/** Each child of the council, from its current returns, arranged for counting. */
export async function storedChildren(db: Queryable, la: string): Promise<ChildFacts[]> {
  const children: ChildFacts[] = [];
  for await (const journey of loadJourneys(db, la)) children.push(childFacts(buildChronology(journey), disabilitiesOf(journey)));
  return children;
}

async function workOut(db: Database, la: string, returnIds: readonly number[], at: IsoDate): Promise<CouncilFigures> {
  const children = await storedChildren(db, la);
  const workers = new Map<string, string>();
  for (const [child, a] of allocationsFrom903(children, at)) if (a.worker) workers.set(child, a.worker);
  return { la, returnIds, at, children, indicators: computeIndicators(children, { at }), drift: drift(children, at), workers };
}

/**
 * How long the council's allocations of children to teams are remembered. Allocations change apart
 * from the returns (a case management system's feed), so they are read again after this long: a
 * reallocation shows on worklists, and in what a social worker may see there, within this time.
 */
export const TEAMS_MEMORY_MS = 5_000;
const teamCaches = new WeakMap<Database, Map<string, { until: number; teams: Promise<ReadonlyMap<string, string>> }>>();

/** Each allocated child's team. */
export function councilTeams(db: Database, la: string): Promise<ReadonlyMap<string, string>> {
  let cache = teamCaches.get(db);
  if (!cache) teamCaches.set(db, (cache = new Map()));
  const now = Date.now();
  const known = cache.get(la);
  if (known && known.until > now) return known.teams;
  const teams = db.query<{ child_id: string; team: string }>('select child_id, team from allocations where la = $1', [la]).then((rows) => new Map(rows.map((r) => [r.child_id, r.team])));
  cache.set(la, { until: now + TEAMS_MEMORY_MS, teams });
  teams.catch(() => cache.delete(la));
  return teams;
}
