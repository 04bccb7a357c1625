import { JourneyCollector } from '../core/chronology/journeys.ts';
import type { CinChild } from '../core/model/cin.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import type { ChildJourney } from '../core/model/journey.ts';
import type { Ssda903TableName, Ssda903Tables } from '../core/model/ssda903.ts';
import type { Queryable } from './database.ts';
import type { StoredAnnexAChild } from './import-annex-a.ts';
import type { Dataset } from './return-snapshot.ts';

/**
 * Children's journeys read back from the store: what the current (not superseded) return of every
 * year and dataset says about each child of a council, with each record's source (dataset, year, file,
 * table, line), ready for `buildChronology`. Ids compare byte by byte (collation "C") so that both
 * engines list children in the same order.
 */
interface StoredChild {
  child_id: string;
  dataset: Dataset;
  collection_year: CollectionYear;
  file_names: string[];
  table_files: Partial<Record<Ssda903TableName, string>> | null;
  record: unknown;
}

const childRecords = `
  select rc.child_id, r.dataset, r.collection_year, r.file_names, r.table_files, rc.record
  from return_children rc join returns r on r.id = rc.return_id
  where r.la = $1 and r.superseded_by is null`;
const inOrder = 'order by rc.child_id collate "C", r.collection_year, r.dataset, rc.seq';

function addRow(collector: JourneyCollector, row: StoredChild): void {
  if (row.dataset === 'cin') {
    collector.addCinChild(row.record as CinChild, row.collection_year, row.file_names[0]);
    return;
  }
  if (row.dataset === 'annex-a') {
    collector.addAnnexA((row.record as StoredAnnexAChild).rows, row.collection_year, row.file_names[0]);
    return;
  }
  // Each table keeps the file it came from.
  const record = row.record as Partial<Ssda903Tables>;
  for (const table of Object.keys(record) as Ssda903TableName[]) {
    collector.add903({ [table]: record[table] }, row.collection_year, row.table_files?.[table]);
  }
}

export async function loadJourney(q: Queryable, la: string, childId: string): Promise<ChildJourney | null> {
  const rows = await q.query<StoredChild>(`${childRecords} and rc.child_id = $2 ${inOrder}`, [la, childId]);
  if (rows.length === 0) return null;
  const collector = new JourneyCollector(la);
  for (const row of rows) addRow(collector, row);
  return collector.journey(childId) ?? null;
}

/** Children read per page: every child of a large council, in bounded memory. */
const PAGE = 2000;

/** The DfE's annual returns: what the indicators and drift rules count (see `loadJourneys`). */
export const ANNUAL_RETURNS: readonly Dataset[] = ['cin', 'ssda903'];

/**
 * Every child of a council, in id order, a page at a time. `datasets` narrows it to what some returns
 * say: with ANNUAL_RETURNS a child known only from an Annex A (a contact that went no further) is not
 * listed, and no Annex A row joins a listed child's journey.
 */
export async function* loadJourneys(q: Queryable, la: string, options: { readonly datasets?: readonly Dataset[] } = {}): AsyncGenerator<ChildJourney> {
  const datasets = options.datasets ?? null;
  let after: string | null = null;
  for (;;) {
    const ids: { child_id: string }[] = await q.query<{ child_id: string }>(
      `select distinct rc.child_id collate "C" as child_id from return_children rc join returns r on r.id = rc.return_id
       where r.la = $1 and r.superseded_by is null and ($2::text is null or rc.child_id collate "C" > $2)
       and ($3::text[] is null or r.dataset = any($3::text[]))
       order by 1 limit ${PAGE}`,
      [la, after, datasets],
    );
    if (ids.length === 0) return;
    const rows = await q.query<StoredChild>(
      `${childRecords} and rc.child_id = any($2::text[]) and ($3::text[] is null or r.dataset = any($3::text[])) ${inOrder}`,
      [la, ids.map((r) => r.child_id), datasets],
    );
    const collector = new JourneyCollector(la);
    for (const row of rows) addRow(collector, row);
    yield* collector.journeys();
    if (ids.length < PAGE) return;
    after = ids[ids.length - 1]!.child_id;
  }
}

export interface ChildMatch {
  readonly childId: string;
  readonly datasets: readonly Dataset[];
  readonly years: readonly CollectionYear[];
}

/** Children of a council whose id starts with `prefix`, in id order, with the returns that name them. */
export async function searchChildren(q: Queryable, la: string, prefix: string, limit = 20): Promise<ChildMatch[]> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await q.query<{ child_id: string; datasets: Dataset[]; years: CollectionYear[] }>(
    `select rc.child_id, array_agg(distinct r.dataset order by r.dataset) as datasets,
            array_agg(distinct r.collection_year order by r.collection_year) as years
     from return_children rc join returns r on r.id = rc.return_id
     where r.la = $1 and r.superseded_by is null and rc.child_id like $2 escape '\\'
     group by rc.child_id order by rc.child_id collate "C" limit $3`,
    [la, pattern, limit],
  );
  return rows.map((r) => ({ childId: r.child_id, datasets: r.datasets, years: r.years }));
}
