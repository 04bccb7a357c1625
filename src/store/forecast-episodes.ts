import { endYearOf, type CollectionYear } from '../core/model/collection-year.ts';
import { demandDataFromTables, type DemandData, type YearTables } from '../core/forecast/demand-data.ts';
import type { Queryable } from './database.ts';

/**
 * What the care-demand forecast reads from the store: the episode, header and UASC rows of the
 * council's current (not superseded) SSDA903 return of every year, each tagged with its year.
 */
export interface StoredDemandData {
  /** The current SSDA903 returns' ids, oldest year first: what the data was read from. */
  readonly returnIds: readonly number[];
  readonly data: DemandData;
}

/** The council's current SSDA903 returns, oldest year first. */
export async function currentSsda903Returns(q: Queryable, la: string): Promise<{ id: number; year: CollectionYear }[]> {
  return q.query<{ id: number; year: CollectionYear }>(
    `select id::int as id, collection_year as year from returns where la = $1 and dataset = 'ssda903' and superseded_by is null order by collection_year, id`,
    [la],
  );
}

export async function storedDemandData(q: Queryable, la: string): Promise<StoredDemandData> {
  const returns = await currentSsda903Returns(q, la);
  const years: YearTables[] = [];
  for (const r of returns) {
    const rows = await q.query<Omit<YearTables, 'YEAR'>>(
      `select record->'episodes' as episodes, record->'header' as header, record->'uasc' as uasc from return_children where return_id = $1`,
      [r.id],
    );
    const YEAR = endYearOf(r.year);
    for (const row of rows) years.push({ YEAR, episodes: row.episodes ?? [], header: row.header ?? [], uasc: row.uasc ?? [] });
  }
  return { returnIds: returns.map((r) => r.id), data: demandDataFromTables(years) };
}
