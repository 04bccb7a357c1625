import type { CinHeader } from '../core/model/cin.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import type { Ssda903TableName } from '../core/model/ssda903.ts';
import type { RuleOutcome, ValidationCounts } from '../core/validation/results.ts';
import type { Queryable } from './database.ts';
import type { Dataset } from './return-snapshot.ts';

/** A stored return with its provenance and validation summary, as the returns page lists it. */
export interface StoredReturn {
  readonly id: number;
  readonly la: string;
  readonly dataset: Dataset;
  readonly year: CollectionYear;
  readonly fileNames: readonly string[];
  readonly sha256: string;
  readonly importedBy: string;
  /** ISO date and time (UTC). */
  readonly importedAt: string;
  /** The return that replaced it; null while it is the current one. */
  readonly supersededBy: number | null;
  readonly children: number;
  readonly counts: ValidationCounts;
  /** Problems the reader met: errors and warnings. */
  readonly readProblems: { readonly errors: number; readonly warnings: number };
  /** SSDA903 tables of the year the return did not include. */
  readonly absentTables: readonly Ssda903TableName[];
}

/** One return in full: the summary, the CIN Header or the file of each 903 table, and every rule's outcome. */
export interface ReturnDetail extends StoredReturn {
  readonly header: CinHeader | null;
  readonly tableFiles: Partial<Record<Ssda903TableName, string>> | null;
  readonly outcomes: readonly RuleOutcome[];
}

interface Row {
  id: number;
  la: string;
  dataset: Dataset;
  collection_year: CollectionYear;
  file_names: string[];
  sha256: string;
  imported_by: string;
  imported_at: Date | string;
  superseded_by: number | null;
  children: number;
  counts: ValidationCounts | null;
  problems: { errors: number; warnings: number } | null;
  absent_tables: Ssda903TableName[];
}

const summaryColumns = `id::int as id, la, dataset, collection_year, file_names, sha256, imported_by, imported_at,
  superseded_by::int as superseded_by, children, validation->'counts' as counts, validation->'problems' as problems, absent_tables`;

function summary(r: Row): StoredReturn {
  return {
    id: r.id, la: r.la, dataset: r.dataset, year: r.collection_year, fileNames: r.file_names, sha256: r.sha256, importedBy: r.imported_by,
    importedAt: new Date(r.imported_at).toISOString(), supersededBy: r.superseded_by, children: r.children,
    counts: r.counts ?? { records: 0, errors: 0, queries: 0, ran: 0, notApplicable: 0, skipped: 0, failed: 0 },
    readProblems: r.problems ?? { errors: 0, warnings: 0 }, absentTables: r.absent_tables,
  };
}

/** Every return of a council, current and superseded: newest year first, then dataset, newest import first. */
export async function listReturns(q: Queryable, la: string): Promise<StoredReturn[]> {
  const rows = await q.query<Row>(`select ${summaryColumns} from returns where la = $1 order by collection_year desc, dataset, id desc`, [la]);
  return rows.map(summary);
}

export async function loadReturn(q: Queryable, id: number): Promise<ReturnDetail | null> {
  const [row] = await q.query<Row & { header: CinHeader | null; table_files: ReturnDetail['tableFiles']; outcomes: RuleOutcome[] | null }>(
    `select ${summaryColumns}, header, table_files, validation->'outcomes' as outcomes from returns where id = $1`,
    [id],
  );
  return row ? { ...summary(row), header: row.header, tableFiles: row.table_files, outcomes: row.outcomes ?? [] } : null;
}
