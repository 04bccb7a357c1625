import { buildChronology } from '../core/chronology/chronology.ts';
import { AnnexABuilder, type AnnexAPeriod } from '../core/formats/annex-a/produce-annex-a.ts';
import { reconcileAnnexA, type Disagreement } from '../core/formats/annex-a/reconcile.ts';
import type { AnnexAWorkbook } from '../core/formats/annex-a/write-annex-a.ts';
import { referenceDate, type CollectionYear } from '../core/model/collection-year.ts';
import type { IsoDate } from '../core/model/dates.ts';
import { loadAnnexASnapshot } from './annex-a-snapshot.ts';
import type { Queryable } from './database.ts';
import { ANNUAL_RETURNS, loadJourneys } from './journeys.ts';

/** Children built between yields to the event loop: a server stays responsive (and its progress readable) while a council is built. */
const YIELD_EVERY = 250;

/** How many children the council's current returns (every dataset) name: the total a production reports progress against. */
export async function countStoredChildren(q: Queryable, la: string): Promise<number> {
  const [count] = await q.query<{ n: number }>(
    'select count(distinct rc.child_id)::int as n from return_children rc join returns r on r.id = rc.return_id where r.la = $1 and r.superseded_by is null',
    [la],
  );
  return count?.n ?? 0;
}

/**
 * Ofsted's Annex A as of `at` from every current return in the store: the CIN census and SSDA903 with
 * any Annex A the council loaded (its contacts, early help and visit dates exist nowhere else), one child
 * at a time. `onChild` is told after each child, with how many are done.
 */
export async function produceStoredAnnexA(q: Queryable, la: string, at: IsoDate, months: AnnexAPeriod, onChild?: (done: number) => void): Promise<AnnexAWorkbook> {
  const builder = new AnnexABuilder(at, months);
  let done = 0;
  for await (const journey of loadJourneys(q, la)) {
    builder.add(buildChronology(journey));
    onChild?.(++done);
    if (done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return builder.finish();
}

/**
 * Where the council's own Annex A stored for `at` disagrees with its CIN census and SSDA903 as of that
 * date; null when the store holds no Annex A drawn up for the date. The other side is the Annex A
 * produced from the annual returns alone, so that the Annex A's own rows do not vouch for themselves.
 */
export async function reconcileStoredAnnexA(q: Queryable, la: string, at: IsoDate, months: AnnexAPeriod): Promise<Disagreement[] | null> {
  const given = await loadAnnexASnapshot(q, la, at);
  if (!given) return null;
  const builder = new AnnexABuilder(at, months);
  for await (const journey of loadJourneys(q, la, { datasets: ANNUAL_RETURNS })) builder.add(buildChronology(journey));
  return reconcileAnnexA(given, builder.finish());
}

/** The latest 31 March the council's current CIN census and SSDA903 returns reach, or null without any. */
export async function annualReturnsReach(q: Queryable, la: string): Promise<IsoDate | null> {
  const [row] = await q.query<{ latest: CollectionYear | null }>(
    'select max(collection_year) as latest from returns where la = $1 and superseded_by is null and dataset = any($2::text[])',
    [la, ANNUAL_RETURNS],
  );
  return row?.latest ? referenceDate(row.latest) : null;
}
