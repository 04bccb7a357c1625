import { buildChronology } from '../core/chronology/chronology.ts';
import { drift, type DriftResult } from '../core/drift/drift.ts';
import type { Allocation } from '../core/drift/worklist.ts';
import { childFacts, disabilitiesOf, type ChildFacts } from '../core/indicators/child-facts.ts';
import { computeIndicators, type IndicatorResult } from '../core/indicators/compute.ts';
import type { Population } from '../core/indicators/indicator.ts';
import { referenceDate, type CollectionYear } from '../core/model/collection-year.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Database, Queryable } from '../store/database.ts';
import { factsBasis, readCouncilFacts, writeCouncilFacts } from '../store/council-facts.ts';
import { ANNUAL_RETURNS, loadJourneys } from '../store/journeys.ts';
import { POPULATION_SETTING, populationOf, type PopulationSetting } from './population-setting.ts';

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
  /** The 0–17 population the council entered, the divisor of its rates per 10,000; null until it does. */
  readonly population: Population | null;
  readonly children: readonly ChildFacts[];
  readonly indicators: readonly IndicatorResult[];
  readonly drift: DriftResult;
}

const caches = new WeakMap<Database, Map<string, { key: string; population: string; figures: Promise<CouncilFigures> }>>();

/** Each council's current CIN census and SSDA903 returns (their ids and the latest collection year), and the 0–17 population it entered. */
type CurrentReturns = ReadonlyMap<string, Current>;
interface Current {
  readonly ids: readonly number[];
  readonly latest: CollectionYear;
  readonly population: PopulationSetting | null;
}

/**
 * One small query, asked on every call, tells whether the figures kept are still current. The figures
 * are the DfE's measures of the CIN census and SSDA903 (comparable with England's): an Annex A neither
 * adds children to them nor moves their date (see `storedChildren`).
 */
async function currentReturns(db: Database, la?: string): Promise<CurrentReturns> {
  const rows = await db.query<{ la: string; ids: number[]; latest: CollectionYear; population: PopulationSetting | null }>(
    `select r.la, array_agg(r.id::int order by r.id) as ids, max(r.collection_year) as latest,
       (select s.value from council_settings s where s.la = r.la and s.name = '${POPULATION_SETTING}') as population
     from returns r where r.superseded_by is null and r.dataset = any($1::text[]) ${la === undefined ? '' : 'and r.la = $2'} group by r.la order by r.la`,
    la === undefined ? [ANNUAL_RETURNS] : [ANNUAL_RETURNS, la],
  );
  return new Map(rows.map((r) => [r.la, { ids: r.ids, latest: r.latest, population: r.population }]));
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

function figuresOf(db: Database, la: string, current: Current): Promise<CouncilFigures> {
  const key = current.ids.join(',');
  const populationKey = JSON.stringify(current.population);
  const population = current.population && populationOf(current.population);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const known = cache.get(la);
  if (known?.key === key && known.population === populationKey) return known.figures;
  // A new population changes only the rates: the children and their drift are kept.
  const figures = known?.key === key
    ? known.figures.then((f) => ({ ...f, population, indicators: indicatorsOf(f.children, f.at, population) }))
    : workOut(db, la, current.ids, referenceDate(current.latest), population);
  cache.set(la, { key, population: populationKey, figures });
  // A failed load is not remembered: the next request tries again.
  figures.catch(() => {
    if (cache.get(la)?.figures === figures) cache.delete(la);
  });
  return figures;
}

/**
 * Each child of the council, from its current CIN census and SSDA903 returns, arranged for counting.
 * Annex A is left out on purpose: the indicators and drift rules are the DfE's measures of those
 * returns, compared with England's, and an Annex A would distort them (a contact that went no further
 * would be counted as a child, a referral the census does not hold would be counted twice over the
 * census's own, its date would move the figures' year). Its rows join the child's chronology
 * (`loadJourney`), with their source, and where it disagrees with the returns is for reconciliation.
 */
export async function storedChildren(db: Queryable, la: string): Promise<ChildFacts[]> {
  const children: ChildFacts[] = [];
  for await (const journey of loadJourneys(db, la, { datasets: ANNUAL_RETURNS })) children.push(childFacts(buildChronology(journey), disabilitiesOf(journey)));
  return children;
}

/**
 * The council's children's facts: the ones kept in the store when they were worked out from the current
 * returns (a cold start reads them in a fraction of the time), else worked out from the returns and kept.
 */
async function childFactsFor(db: Database, la: string, returnIds: readonly number[]): Promise<ChildFacts[]> {
  const basis = factsBasis(returnIds);
  const kept = await readCouncilFacts(db, la, basis);
  if (kept) return kept;
  const children = await storedChildren(db, la);
  await writeCouncilFacts(db, la, basis, children);
  return children;
}

async function workOut(db: Database, la: string, returnIds: readonly number[], at: IsoDate, population: Population | null): Promise<CouncilFigures> {
  const children = await childFactsFor(db, la, returnIds);
  return { la, returnIds, at, population, children, indicators: indicatorsOf(children, at, population), drift: drift(children, at) };
}

function indicatorsOf(children: readonly ChildFacts[], at: IsoDate, population: Population | null): IndicatorResult[] {
  return computeIndicators(children, { at, ...(population ? { population0to17: population } : {}) });
}

/**
 * How long the council's allocations of children to teams and workers are remembered. Allocations change
 * apart from the returns (a case management system's feed), so they are read again after this long: a
 * reallocation shows on worklists and caseloads, and in what a social worker may see, within this time.
 */
export const ALLOCATIONS_MEMORY_MS = 5_000;

/** The council's allocations: each allocated child's team and worker (null while the case waits for one). */
export interface CouncilAllocations {
  readonly teams: ReadonlyMap<string, string>;
  readonly allocations: ReadonlyMap<string, Allocation & { readonly team: string }>;
}

const allocationCaches = new WeakMap<Database, Map<string, { until: number; allocations: Promise<CouncilAllocations> }>>();

/** Each allocated child's team and worker, the same maps while remembered (so what is made from them can be kept too). */
export function councilAllocations(db: Database, la: string): Promise<CouncilAllocations> {
  let cache = allocationCaches.get(db);
  if (!cache) allocationCaches.set(db, (cache = new Map()));
  const now = Date.now();
  const known = cache.get(la);
  if (known && known.until > now) return known.allocations;
  const allocations = db.query<{ child_id: string; team: string; worker: string | null }>('select child_id, team, worker from allocations where la = $1', [la]).then(async (rows) => {
    // Unchanged allocations keep the maps already made, so the worklists made from them are not made again.
    const before = known ? await known.allocations.catch(() => null) : null;
    if (before && sameAllocations(before.allocations, rows)) return before;
    return {
      teams: new Map(rows.map((r) => [r.child_id, r.team])),
      allocations: new Map(rows.map((r) => [r.child_id, { team: r.team, worker: r.worker }])),
    };
  });
  cache.set(la, { until: now + ALLOCATIONS_MEMORY_MS, allocations });
  allocations.catch(() => cache.delete(la));
  return allocations;
}

function sameAllocations(known: ReadonlyMap<string, { team: string; worker: string | null }>, rows: readonly { child_id: string; team: string; worker: string | null }[]): boolean {
  if (known.size !== rows.length) return false;
  for (const r of rows) {
    const k = known.get(r.child_id);
    if (!k || k.team !== r.team || k.worker !== r.worker) return false;
  }
  return true;
}

/** Each allocated child's team. */
export async function councilTeams(db: Database, la: string): Promise<ReadonlyMap<string, string>> {
  return (await councilAllocations(db, la)).teams;
}
