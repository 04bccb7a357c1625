import type { CinHeader } from '../core/model/cin.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import type { ReadProblem } from '../core/model/problem.ts';
import type { Ssda903TableName } from '../core/model/ssda903.ts';
import type { ValidationReport } from '../core/validation/results.ts';
import type { Queryable } from './database.ts';
import type { AnnexAHeader } from './import-annex-a.ts';
import { AlreadyStored } from './import-outcome.ts';
import { insertRows, toJson, type Column } from './insert-rows.ts';

/**
 * Writing one return as a snapshot, in the steps an import takes inside its transaction: begin (the
 * return's row), children in batches, then finish (findings, problems, the validation summary, and
 * superseding the return it replaces). Nothing here commits: the caller's transaction holds it all.
 */
export type Dataset = 'cin' | 'ssda903' | 'annex-a';

export const datasetNames: Readonly<Record<Dataset, string>> = { cin: 'CIN census', ssda903: 'SSDA903 return', 'annex-a': 'Ofsted Annex A' };

export interface Snapshot {
  readonly la: string;
  readonly dataset: Dataset;
  readonly year: CollectionYear;
  readonly sha256: string;
  readonly fileNames: readonly string[];
  readonly importedBy: string;
  /** CIN: the Header as read. Annex A: its date and the list 11 rows (adopters are people, not children). */
  readonly header?: CinHeader | AnnexAHeader | null;
  /** SSDA903: the file each included table came from. */
  readonly tableFiles?: Partial<Record<Ssda903TableName, string>>;
  /** SSDA903: the tables of the year the return did not include. */
  readonly absentTables?: readonly Ssda903TableName[];
}

/** The stored record of one child in one return; `seq` tells apart a child id a census repeats. */
export interface ChildRow {
  readonly childId: string;
  readonly seq: number;
  readonly record: object;
}

/** How an earlier return is named in messages: its number, what it is, and who loaded it when. */
export interface ReturnLabel {
  readonly id: number;
  readonly dataset: Dataset;
  readonly la: string;
  readonly collection_year: CollectionYear;
  readonly imported_by: string;
  readonly imported_at: Date | string;
}

export function describeReturn(r: ReturnLabel): string {
  const at = new Date(r.imported_at).toISOString().slice(0, 16).replace('T', ' ');
  return `return ${r.id} (${datasetNames[r.dataset]} ${r.collection_year} of council ${r.la}, imported ${at} UTC by ${r.imported_by})`;
}

const labelColumns = 'id::int as id, dataset, la, collection_year, imported_by, imported_at';

/** Returns already holding these exact files, for this council or (when it is not yet known) any. */
export async function findByHash(q: Queryable, dataset: Dataset, sha256: string, la?: string): Promise<ReturnLabel | null> {
  const rows = await q.query<ReturnLabel>(
    `select ${labelColumns} from returns where dataset = $1 and sha256 = $2 and ($3::text is null or la = $3) order by id limit 1`,
    [dataset, sha256, la ?? null],
  );
  return rows[0] ?? null;
}

export function alreadyStored(r: ReturnLabel): AlreadyStored {
  return new AlreadyStored(r.id, `these files are already stored as ${describeReturn(r)}: nothing changed`);
}

/**
 * Starts a snapshot: waits for any other import of the same council, dataset and year (so two at once
 * cannot both become current), refuses files already stored, records the council and inserts the
 * return's row. Returns its id.
 */
export async function beginSnapshot(tx: Queryable, s: Snapshot): Promise<number> {
  await tx.query('select pg_advisory_xact_lock(7423002, hashtext($1))', [`${s.la} ${s.dataset} ${s.year}`]);
  const stored = await findByHash(tx, s.dataset, s.sha256, s.la);
  if (stored) throw alreadyStored(stored);
  // The DfE code is all an import knows of a council; its name can be set later.
  await tx.query("insert into councils (la, name) values ($1, 'Council ' || $1) on conflict (la) do nothing", [s.la]);
  const [row] = await tx.query<{ id: number }>(
    `insert into returns (la, dataset, collection_year, file_names, sha256, imported_by, children, validation, header, table_files, absent_tables)
     values ($1, $2, $3, $4::text[], $5, $6, 0, '{}'::jsonb, $7::jsonb, $8::jsonb, $9::text[]) returning id::int as id`,
    [s.la, s.dataset, s.year, s.fileNames, s.sha256, s.importedBy, s.header ? toJson(s.header) : null,
      s.tableFiles ? JSON.stringify(s.tableFiles) : null, s.absentTables ?? []],
  );
  return row!.id;
}

const childColumns: readonly Column[] = [
  { name: 'return_id', type: 'bigint' }, { name: 'child_id', type: 'text' }, { name: 'seq', type: 'integer' }, { name: 'record', type: 'jsonb' },
];

export async function storeChildren(tx: Queryable, returnId: number, rows: readonly ChildRow[]): Promise<void> {
  await insertRows(tx, 'return_children', childColumns, rows.map((r) => ({ return_id: returnId, child_id: r.childId, seq: r.seq, record: r.record })));
}

const findingColumns: readonly Column[] = [
  { name: 'return_id', type: 'bigint' }, { name: 'seq', type: 'integer' }, { name: 'rule', type: 'text' }, { name: 'severity', type: 'text' },
  { name: 'child_id', type: 'text' }, { name: 'table_name', type: 'text' }, { name: 'field', type: 'text' }, { name: 'value', type: 'text' },
  { name: 'line', type: 'integer' }, { name: 'related', type: 'jsonb' },
];

const problemColumns: readonly Column[] = [
  { name: 'return_id', type: 'bigint' }, { name: 'seq', type: 'integer' }, { name: 'severity', type: 'text' }, { name: 'kind', type: 'text' },
  { name: 'file', type: 'text' }, { name: 'line', type: 'integer' }, { name: 'path', type: 'text' }, { name: 'field', type: 'text' },
  { name: 'value', type: 'text' }, { name: 'child_id', type: 'text' }, { name: 'message', type: 'text' },
];

/** Rows per statement when storing findings and problems: keeps the statement's text to a few megabytes. */
const BATCH = 2_000;

export interface SnapshotOutcome {
  readonly children: number;
  readonly report: ValidationReport;
  readonly problems: readonly ReadProblem[];
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Completes a snapshot: its findings and reader's problems, the validation summary, an audit entry,
 * and the return it supersedes (the current one for the same council, dataset and year), which is kept.
 * Returns the superseded return, if any.
 */
export async function finishSnapshot(tx: Queryable, returnId: number, s: Snapshot, outcome: SnapshotOutcome): Promise<ReturnLabel | null> {
  const { findings } = outcome.report;
  for (let start = 0; start < findings.length; start += BATCH) {
    await insertRows(tx, 'findings', findingColumns, findings.slice(start, start + BATCH).map((f, i) => ({
      return_id: returnId, seq: start + i, rule: f.rule, severity: f.severity, child_id: f.child ?? null, table_name: f.table,
      field: f.field, value: f.value, line: f.line ?? null, related: f.related,
    })));
    outcome.onProgress?.(Math.min(findings.length, start + BATCH), findings.length);
  }
  const { problems } = outcome;
  for (let start = 0; start < problems.length; start += BATCH) {
    await insertRows(tx, 'read_problems', problemColumns, problems.slice(start, start + BATCH).map((p, i) => ({
      return_id: returnId, seq: start + i, severity: p.severity, kind: p.kind, file: p.file ?? null, line: p.line ?? null, path: p.path ?? null,
      field: p.field ?? null, value: p.value ?? null, child_id: p.child ?? null, message: p.message,
    })));
  }
  const readErrors = problems.filter((p) => p.severity === 'error').length;
  const validation = {
    counts: outcome.report.counts,
    outcomes: outcome.report.outcomes,
    problems: { errors: readErrors, warnings: problems.length - readErrors },
  };
  await tx.query('update returns set children = $2, validation = $3::jsonb where id = $1', [returnId, outcome.children, JSON.stringify(validation)]);
  const [superseded] = await tx.query<ReturnLabel>(
    `update returns set superseded_by = $1
     where la = $2 and dataset = $3 and collection_year = $4 and superseded_by is null and id <> $1
     returning ${labelColumns}`,
    [returnId, s.la, s.dataset, s.year],
  );
  await tx.query("insert into audit_log (actor, action, subject, detail) values ($1, 'import-return', $2, $3::jsonb)", [
    s.importedBy, String(returnId),
    JSON.stringify({ la: s.la, dataset: s.dataset, year: s.year, files: s.fileNames, sha256: s.sha256, supersedes: superseded?.id ?? null }),
  ]);
  return superseded ?? null;
}
