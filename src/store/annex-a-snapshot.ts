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
