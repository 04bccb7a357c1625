import type { Acknowledgement, AcknowledgedFacts } from '../core/drift/acknowledgement.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { Queryable } from '../store/database.ts';

/**
 * Acknowledgements of drift items, as stored: only ever added, so the history of who accepted what, and
 * why, is kept; the latest one of an item is the one in force.
 */
export async function recordAcknowledgement(q: Queryable, la: string, ack: Omit<Acknowledgement, 'at'>): Promise<Acknowledgement> {
  const [row] = await q.query<{ at: Date | string }>(
    'insert into acknowledgements (la, item_id, acknowledged_by, reason, until, facts) values ($1, $2, $3, $4, $5, $6) returning at',
    [la, ack.itemId, ack.by, ack.reason, ack.until, JSON.stringify(ack.facts)],
  );
  return { ...ack, at: new Date(row!.at).toISOString() };
}

/** The acknowledgement in force for each item of the council (its latest). */
export async function currentAcknowledgements(q: Queryable, la: string): Promise<Map<string, Acknowledgement>> {
  const rows = await q.query<{ item_id: string; acknowledged_by: string; at: Date | string; reason: string; until: Date | string | null; facts: AcknowledgedFacts }>(
    `select distinct on (item_id) item_id, acknowledged_by, at, reason, to_char(until, 'YYYY-MM-DD') as until, facts
     from acknowledgements where la = $1 order by item_id, id desc`,
    [la],
  );
  return new Map(rows.map((r) => [r.item_id, { itemId: r.item_id, by: r.acknowledged_by, at: new Date(r.at).toISOString(), reason: r.reason, until: (r.until as IsoDate | null), facts: r.facts }]));
}
