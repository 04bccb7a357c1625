import type { Judgement } from '../core/inspections/model.ts';
import type { InspectionInput, InspectionVersion, RecordedFinding, RecordedInspection } from '../core/inspections/recorded.ts';
import type { Database, Queryable } from './database.ts';

/**
 * The council's own inspections and visits, as stored (migration 006). Input is checked before it gets
 * here (src/core/inspections/input-problems.ts); each change runs in one transaction, adds a whole new
 * version to inspection_revisions, and runs the caller's `alsoInTransaction` (its audit entry) inside it,
 * so that a failure anywhere stores nothing.
 */

/** One version of a record: what it said after a change, who made the change and when. */
export interface InspectionRevision {
  readonly revision: number;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly record: InspectionVersion;
}

/** What an edit could not do: nothing was changed. */
export type UpdateRefusal =
  | { readonly refused: 'not-found' }
  /** A finding id that is not one of this inspection's. */
  | { readonly refused: 'unknown-finding'; readonly findingId: number }
  /** A finding left out of the edit that something else (an improvement-plan action) still refers to. */
  | { readonly refused: 'finding-in-use'; readonly detail: string };

type AlsoInTransaction = (tx: Queryable, inspection: RecordedInspection) => Promise<void>;

interface InspectionRow {
  id: string | number;
  la: string;
  kind: RecordedInspection['kind'];
  start_date: string;
  end_date: string;
  published_date: string | null;
  focus: string | null;
  report_url: string | null;
  recorded_by: string;
  recorded_at: Date | string;
  updated_by: string;
  updated_at: Date | string;
  revision: number;
}

const INSPECTION_COLUMNS = `id, la, kind, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date,
  to_char(published_date, 'YYYY-MM-DD') as published_date, focus, report_url, recorded_by, recorded_at, updated_by, updated_at, revision`;

/** Inspections of the council (all, or the one with `id`), with their judgements and findings, oldest first. */
async function readInspections(q: Queryable, la: string, id: number | null): Promise<RecordedInspection[]> {
  const only = id === null ? '' : ' and i.id = $2';
  const params = id === null ? [la] : [la, id];
  const rows = await q.query<InspectionRow>(`select ${INSPECTION_COLUMNS} from inspections i where la = $1${only} order by start_date, id`, params);
  if (rows.length === 0) return [];
  const judgements = await q.query<{ inspection_id: string | number; type: Judgement['type']; grade: Judgement['grade'] }>(
    `select j.inspection_id, j.type, j.grade from inspection_judgements j join inspections i on i.id = j.inspection_id where i.la = $1${only}`,
    params,
  );
  const findings = await q.query<{ inspection_id: string | number; id: string | number; kind: RecordedFinding['kind']; seq: number; text: string }>(
    `select f.inspection_id, f.id, f.kind, f.seq, f.text from inspection_findings f join inspections i on i.id = f.inspection_id where i.la = $1${only} order by f.seq`,
    params,
  );
  const order = ['overall-effectiveness', 'impact-of-leaders', 'help-and-protection', 'children-in-care', 'care-leavers'];
  return rows.map((r) => ({
    id: Number(r.id),
    la: r.la,
    kind: r.kind,
    start: r.start_date,
    end: r.end_date,
    published: r.published_date,
    focus: r.focus,
    reportUrl: r.report_url,
    judgements: judgements
      .filter((j) => Number(j.inspection_id) === Number(r.id))
      .map((j) => ({ type: j.type, grade: j.grade }))
      .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type)),
    findings: findings.filter((f) => Number(f.inspection_id) === Number(r.id)).map((f) => ({ id: Number(f.id), kind: f.kind, seq: f.seq, text: f.text })),
    recordedBy: r.recorded_by,
    recordedAt: new Date(r.recorded_at).toISOString(),
    updatedBy: r.updated_by,
    updatedAt: new Date(r.updated_at).toISOString(),
    revision: r.revision,
  }));
}

export async function listInspections(q: Queryable, la: string): Promise<RecordedInspection[]> {
  return readInspections(q, la, null);
}

/** The council's inspection `id`, or null (also when it is another council's). */
export async function loadInspection(q: Queryable, la: string, id: number): Promise<RecordedInspection | null> {
  return (await readInspections(q, la, id))[0] ?? null;
}

async function writeJudgements(tx: Queryable, id: number, judgements: readonly Judgement[]): Promise<void> {
  for (const j of judgements) await tx.query('insert into inspection_judgements (inspection_id, type, grade) values ($1, $2, $3)', [id, j.type, j.grade]);
}

/** Keeps a whole version of the record as it now stands; the caller's addition runs after it. */
async function keepRevision(tx: Queryable, la: string, id: number, by: string, also: AlsoInTransaction | undefined): Promise<RecordedInspection> {
  const stored = (await loadInspection(tx, la, id))!;
  const { kind, start, end, published, focus, reportUrl, judgements, findings } = stored;
  const version: InspectionVersion = { kind, start, end, published, focus, reportUrl, judgements, findings };
  await tx.query('insert into inspection_revisions (inspection_id, revision, la, changed_by, record) values ($1, $2, $3, $4, $5)', [id, stored.revision, la, by, JSON.stringify(version)]);
  await also?.(tx, stored);
  return stored;
}

const text = (s: string) => s.trim();

/** Records an inspection or visit of the council, its judgements and findings: all of it, or (on any error) none. */
export async function recordInspection(db: Database, la: string, input: InspectionInput, by: string, alsoInTransaction?: AlsoInTransaction): Promise<RecordedInspection> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string | number }>(
      `insert into inspections (la, kind, start_date, end_date, published_date, focus, report_url, recorded_by, updated_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $8) returning id`,
      [la, input.kind, input.start, input.end, input.published, input.focus, input.reportUrl, by],
    );
    const id = Number(row!.id);
    await writeJudgements(tx, id, input.judgements);
    let seq = 0;
    for (const f of input.findings) await tx.query('insert into inspection_findings (inspection_id, la, kind, seq, text) values ($1, $2, $3, $4, $5)', [id, la, f.kind, ++seq, text(f.text)]);
    return keepRevision(tx, la, id, by, alsoInTransaction);
  });
}

/** Marks the failed delete of a finding still referred to, to turn into a refusal once the transaction has rolled back. */
class FindingInUse extends Error {}

/**
 * Replaces a record with `input`, keeping the id of every finding given with its id (an improvement-plan
 * action may refer to it), adding those without, and removing those left out. All of it, or nothing.
 */
export async function updateInspection(
  db: Database, la: string, id: number, input: InspectionInput, by: string, alsoInTransaction?: AlsoInTransaction,
): Promise<RecordedInspection | UpdateRefusal> {
  try {
    return await db.transaction(async (tx): Promise<RecordedInspection | UpdateRefusal> => {
      const held = await tx.query('select id from inspections where id = $1 and la = $2 for update', [id, la]);
      if (held.length === 0) return { refused: 'not-found' };
      const existing = new Set((await tx.query<{ id: string | number }>('select id from inspection_findings where inspection_id = $1', [id])).map((f) => Number(f.id)));
      const kept = input.findings.flatMap((f) => (f.id === undefined ? [] : [f.id]));
      const unknown = kept.find((f) => !existing.has(f));
      if (unknown !== undefined) return { refused: 'unknown-finding', findingId: unknown };
      await tx.query(
        `update inspections set kind = $3, start_date = $4, end_date = $5, published_date = $6, focus = $7, report_url = $8,
           updated_by = $9, updated_at = now(), revision = revision + 1 where id = $1 and la = $2`,
        [id, la, input.kind, input.start, input.end, input.published, input.focus, input.reportUrl, by],
      );
      await tx.query('delete from inspection_judgements where inspection_id = $1', [id]);
      await writeJudgements(tx, id, input.judgements);
      const removed = [...existing].filter((f) => !kept.includes(f));
      for (const f of removed) {
        try {
          await tx.query('delete from inspection_findings where id = $1', [f]);
        } catch (error) {
          if ((error as { code?: string }).code === '23503') throw new FindingInUse(`Finding ${f} is referred to elsewhere (an improvement-plan action?): keep it, or remove what refers to it first.`);
          throw error;
        }
      }
      // Kept findings move out of the way first, so that renumbering never meets unique (inspection_id, seq) half-way.
      await tx.query('update inspection_findings set seq = -seq where inspection_id = $1', [id]);
      let seq = 0;
      for (const f of input.findings) {
        seq += 1;
        if (f.id === undefined) await tx.query('insert into inspection_findings (inspection_id, la, kind, seq, text) values ($1, $2, $3, $4, $5)', [id, la, f.kind, seq, text(f.text)]);
        else await tx.query('update inspection_findings set kind = $2, seq = $3, text = $4 where id = $1', [f.id, f.kind, seq, text(f.text)]);
      }
      return keepRevision(tx, la, id, by, alsoInTransaction);
    });
  } catch (error) {
    if (error instanceof FindingInUse) return { refused: 'finding-in-use', detail: error.message };
    throw error;
  }
}

/** Every version of the council's record `id`, oldest first (none when it is not the council's). */
export async function inspectionRevisions(q: Queryable, la: string, id: number): Promise<InspectionRevision[]> {
  const rows = await q.query<{ revision: number; changed_by: string; changed_at: Date | string; record: InspectionVersion }>(
    'select revision, changed_by, changed_at, record from inspection_revisions where inspection_id = $1 and la = $2 order by revision',
    [id, la],
  );
  return rows.map((r) => ({ revision: r.revision, changedBy: r.changed_by, changedAt: new Date(r.changed_at).toISOString(), record: r.record }));
}

/** A finding of the council's, with the inspection it comes from (for the improvement plan), or null. */
export async function loadFinding(q: Queryable, la: string, findingId: number): Promise<{ finding: RecordedFinding; inspection: RecordedInspection } | null> {
  const [row] = await q.query<{ inspection_id: string | number }>('select inspection_id from inspection_findings where id = $1 and la = $2', [findingId, la]);
  if (!row) return null;
  const inspection = await loadInspection(q, la, Number(row.inspection_id));
  const finding = inspection?.findings.find((f) => f.id === findingId);
  return inspection && finding ? { finding, inspection } : null;
}
