import { detectFileKind } from '../core/formats/detect.ts';
import { identifyTable, layouts903, read903, tableNames903, type TextFile } from '../core/formats/ssda903/index.ts';
import { splitCsv } from '../core/formats/ssda903/csv-rows.ts';
import type { Ssda903Return, Ssda903TableName } from '../core/model/ssda903.ts';
import { validate903Return } from '../core/validation/ssda903-validator.ts';
import type { Queryable } from './database.ts';
import { Rejection, type DatasetImport, type Imported } from './import-outcome.ts';
import { previous903Return } from './previous-return.ts';
import { beginSnapshot, finishSnapshot, storeChildren, type ChildRow, type Snapshot } from './return-snapshot.ts';

/** A 903 return cannot be understood without these: every other table hangs off a child's header and episodes. */
const REQUIRED_TABLES = ['header', 'episodes'] as const satisfies readonly Ssda903TableName[];

/** Children stored per statement. */
const BATCH = 500;

/**
 * Reads, validates (against last year's stored return where there is one) and stores a year's SSDA903
 * tables in the caller's transaction, one row per child holding that child's rows of every table.
 * `la` is the council: the CSVs do not carry it, so the caller must know it.
 */
export async function import903(tx: Queryable, files: readonly TextFile[], la: string, options: DatasetImport): Promise<Imported> {
  options.onProgress?.('reading', 0, 1);
  const read = read903(files, { la, ...(options.year ? { year: options.year } : {}) });
  const ret = read.return;
  if (!ret) {
    const why = read.problems.find((p) => p.kind === 'unknown-year') ?? read.problems.find((p) => p.severity === 'error');
    throw new Rejection(`the files could not be read as an SSDA903 return${why ? `: ${why.message}` : ''}.`, read.problems);
  }
  const missing = REQUIRED_TABLES.filter((t) => ret.absent.includes(t));
  if (missing.length) {
    throw new Rejection(
      `the SSDA903 return has no ${missing.map((t) => `${t} table (${layouts903[t].fileName})`).join(' and no ')}: every child of a return is listed there, so a return without it cannot be stored. Add the file and import the return again.`,
      read.problems,
    );
  }
  const snapshot: Snapshot = {
    la, dataset: 'ssda903', year: ret.year, sha256: options.sha256, fileNames: files.map((f) => f.name), importedBy: options.importedBy,
    tableFiles: tableFiles(files, ret), absentTables: ret.absent,
  };
  const returnId = await beginSnapshot(tx, snapshot);
  const previous = await previous903Return(tx, la, ret.year);
  options.onProgress?.('validating', 0, 1);
  const report = validate903Return(ret, previous ? { previous } : {});
  const children = childRows(ret);
  for (let start = 0; start < children.length; start += BATCH) {
    await storeChildren(tx, returnId, children.slice(start, start + BATCH));
    options.onProgress?.('storing', Math.min(children.length, start + BATCH), children.length);
  }
  const supersedes = await finishSnapshot(tx, returnId, snapshot, {
    children: children.length,
    report,
    problems: read.problems,
    onProgress: (done, total) => options.onProgress?.('storing findings', done, total),
  });
  return { returnId, la, year: ret.year, children: children.length, report, problems: read.problems, supersedes };
}

/** Each child's rows of every table (`Partial<Ssda903Tables>`), children in order of first appearance. */
function childRows(ret: Ssda903Return): ChildRow[] {
  const byChild = new Map<string, Partial<Record<Ssda903TableName, unknown[]>>>();
  for (const table of tableNames903) {
    for (const row of ret.tables[table]) {
      let record = byChild.get(row.CHILD);
      if (!record) byChild.set(row.CHILD, (record = {}));
      (record[table] ??= []).push(row);
    }
  }
  return [...byChild].map(([childId, record]) => ({ childId, seq: 0, record }));
}

/**
 * The file each included table was read from, for provenance. The reader takes the first file holding
 * a table and reports any later copy, so the first file whose header row names the table is the one.
 */
function tableFiles(files: readonly TextFile[], ret: Ssda903Return): Partial<Record<Ssda903TableName, string>> {
  const included = tableNames903.filter((t) => !ret.absent.includes(t));
  const found: Partial<Record<Ssda903TableName, string>> = {};
  for (const file of files) {
    const head = typeof file.content === 'string' ? new TextEncoder().encode(file.content.slice(0, 65_536)) : file.content.subarray(0, 65_536);
    const kind = detectFileKind(head);
    if (kind === 'ssda903-xml') {
      for (const t of included) found[t] ??= file.name;
    } else if (kind === 'csv') {
      const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
      const layout = identifyTable(splitCsv(text.split(/\r?\n/, 1)[0]!).rows[0] ?? []);
      if (layout && included.includes(layout.table)) found[layout.table] ??= file.name;
    }
  }
  return found;
}
