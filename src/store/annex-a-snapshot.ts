import type { AnnexAData, AnnexARecord } from '../core/model/annex-a.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Queryable } from './database.ts';
import type { StoredAnnexAChild } from './import-annex-a.ts';

/**
 * The council's own Annex A drawn up for a date, as stored (the current snapshot of that date's
 * collection year, if it is for that very date), with every list's rows in the workbook's order; null
 * when the store holds none for the date.
 */
export async function loadAnnexASnapshot(q: Queryable, la: string, at: IsoDate): Promise<AnnexAData | null> {
  const rows = await q.query<{ record: StoredAnnexAChild }>(
    `select rc.record from return_children rc join returns r on r.id = rc.return_id
     where r.la = $1 and r.dataset = 'annex-a' and r.superseded_by is null and rc.record->>'at' = $2`,
    [la, at],
  );
  if (rows.length === 0) return null;
  const lists: Record<number, AnnexARecord[]> = {};
  for (const { record } of rows) for (const r of record.rows) (lists[r.list] ??= []).push(r);
  for (const list of Object.values(lists)) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { at, lists };
}
