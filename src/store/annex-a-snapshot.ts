import type { AnnexAData, AnnexARecord } from '../core/model/annex-a.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Queryable } from './database.ts';
import type { AnnexAHeader, StoredAnnexAChild } from './import-annex-a.ts';

/**
 * The council's own Annex A drawn up for a date, as stored (the current snapshot of that date's
 * collection year, if it is for that very date), with every list's rows in the workbook's order; null
 * when the store holds none for the date.
 */
export async function loadAnnexASnapshot(q: Queryable, la: string, at: IsoDate): Promise<AnnexAData | null> {
  const [stored] = await q.query<{ id: number; header: AnnexAHeader }>(
    `select id::int as id, header from returns
     where la = $1 and dataset = 'annex-a' and superseded_by is null and header->>'at' = $2`,
    [la, at],
  );
  if (!stored) return null;
  const rows = await q.query<{ record: StoredAnnexAChild }>('select record from return_children where return_id = $1', [stored.id]);
  const lists: Record<number, AnnexARecord[]> = {};
  for (const r of [...rows.flatMap(({ record }) => record.rows), ...stored.header.adopters]) (lists[r.list] ??= []).push(r);
  for (const list of Object.values(lists)) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { at, lists };
}

/** An Annex A the council loaded: the date it was drawn up for, and its provenance. */
export interface StoredAnnexA {
  readonly returnId: number;
  readonly at: IsoDate;
  readonly year: string;
  readonly fileName: string;
  readonly importedBy: string;
  readonly importedAt: string;
  readonly children: number;
  /** The return that replaced it (a later Annex A of the same collection year); null while current. */
  readonly supersededBy: number | null;
}

/** Every Annex A of the council in the store, current and superseded, the latest date first. */
export async function listAnnexASnapshots(q: Queryable, la: string): Promise<StoredAnnexA[]> {
  const rows = await q.query<{ id: number; at: IsoDate; collection_year: string; file_names: string[]; imported_by: string; imported_at: Date | string; children: number; superseded_by: number | null }>(
    `select id::int as id, header->>'at' as at, collection_year, file_names, imported_by, imported_at, children, superseded_by::int as superseded_by
     from returns where la = $1 and dataset = 'annex-a' order by header->>'at' desc, id desc`,
    [la],
  );
  return rows.map((r) => ({
    returnId: r.id, at: r.at, year: r.collection_year, fileName: r.file_names[0] ?? '', importedBy: r.imported_by,
    importedAt: new Date(r.imported_at).toISOString(), children: r.children, supersededBy: r.superseded_by,
  }));
}
