import { tableNames903 } from '../core/formats/ssda903/index.ts';
import { collectionYear, endYearOf, type CollectionYear } from '../core/model/collection-year.ts';
import type { Ssda903Return, Ssda903TableName, Ssda903Tables } from '../core/model/ssda903.ts';
import type { PreviousCensusIndex } from '../core/validation/cin-validator.ts';
import type { Queryable } from './database.ts';
import type { Dataset } from './return-snapshot.ts';

/**
 * Last year's return, from the store, for the DfE rules that compare years: a return being imported is
 * checked against the current return of the year before, as the DfE checks it against last year's
 * submission. Without one those rules are reported as skipped.
 */
export function yearBefore(year: CollectionYear): CollectionYear {
  return collectionYear(endYearOf(year) - 1);
}

export async function currentReturn(q: Queryable, la: string, dataset: Dataset, year: CollectionYear): Promise<{ id: number; absent_tables: Ssda903TableName[] } | null> {
  const rows = await q.query<{ id: number; absent_tables: Ssda903TableName[] }>(
    'select id::int as id, absent_tables from returns where la = $1 and dataset = $2 and collection_year = $3 and superseded_by is null',
    [la, dataset, year],
  );
  return rows[0] ?? null;
}

/** The child ids of last year's census, all the CIN rules that compare years need. */
export async function previousCinIndex(q: Queryable, la: string, year: CollectionYear): Promise<PreviousCensusIndex | undefined> {
  const before = yearBefore(year);
  const ret = await currentReturn(q, la, 'cin', before);
  if (!ret) return undefined;
  const rows = await q.query<{ child_id: string }>('select distinct child_id from return_children where return_id = $1', [ret.id]);
  return { year: before, childIds: new Set(rows.map((r) => r.child_id)) };
}

/** Last year's SSDA903 return rebuilt from its children's rows, each table in file order. */
export async function previous903Return(q: Queryable, la: string, year: CollectionYear): Promise<Ssda903Return | undefined> {
  const before = yearBefore(year);
  const ret = await currentReturn(q, la, 'ssda903', before);
  if (!ret) return undefined;
  const tables = Object.fromEntries(tableNames903.map((t) => [t, [] as { line?: number }[]])) as Record<Ssda903TableName, { line?: number }[]>;
  const rows = await q.query<{ record: Partial<Ssda903Tables> }>('select record from return_children where return_id = $1', [ret.id]);
  for (const { record } of rows) {
    for (const t of Object.keys(record) as Ssda903TableName[]) tables[t].push(...(record[t] ?? []));
  }
  for (const t of tableNames903) tables[t].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { year: before, la, tables: tables as unknown as Ssda903Tables, absent: ret.absent_tables };
}
