import { readAnnexA } from '../core/formats/annex-a/read-annex-a.ts';
import type { AnnexARecord } from '../core/model/annex-a.ts';
import { collectionYearOf } from '../core/model/collection-year.ts';
import type { IsoDate } from '../core/model/dates.ts';
import { countReport, type ValidationReport } from '../core/validation/results.ts';
import type { Queryable } from './database.ts';
import { Rejection, type DatasetImport, type Imported } from './import-outcome.ts';
import { beginSnapshot, finishSnapshot, storeChildren, type ChildRow, type Snapshot } from './return-snapshot.ts';

/** Children stored per statement. */
const BATCH = 500;

/** What one child's share of an Annex A snapshot is stored as: the snapshot date, and the child's rows of every list. */
export interface StoredAnnexAChild {
  readonly at: IsoDate;
  readonly rows: readonly AnnexARecord[];
}

/** What the return itself holds of an Annex A: its date, and list 11, whose rows are adopters, not children. */
export interface AnnexAHeader {
  readonly at: IsoDate;
  readonly adopters: readonly AnnexARecord[];
}

/**
 * Reads a council's Annex A workbook and stores it in the caller's transaction as a snapshot of the
 * collection year its date falls in, one row per child holding the child's rows of every list; list 11's
 * adopters are kept with the return itself, since they are not children. A workbook that cannot be read whole (password, corruption,
 * merged cells, no list recognised) is refused and nothing is stored; values it could not map are stored
 * as written and reported, sheet, row, column and value. The DfE's rules do not cover Annex A, so the
 * snapshot's validation is empty.
 */
export async function importAnnexA(tx: Queryable, file: { readonly name: string; readonly content: Uint8Array }, la: string, options: DatasetImport & { readonly at?: IsoDate | undefined }): Promise<Imported> {
  options.onProgress?.('reading', 0, 1);
  const read = readAnnexA(file.content, file.name);
  const error = read.problems.find((p) => p.severity === 'error');
  if (error) throw new Rejection(`the workbook could not be read as an Annex A: ${error.message}`, read.problems);
  const at = options.at ?? read.at;
  if (!at) throw new Rejection('an Annex A does not say the date it was drawn up for: give it, e.g. --at 2026-01-31.', read.problems);
  const year = collectionYearOf(at);
  const records = Object.values(read.lists).flat();
  const header: AnnexAHeader = { at, adopters: records.filter((r) => r.list === 11) };
  const snapshot: Snapshot = { la, dataset: 'annex-a', year, sha256: options.sha256, fileNames: [file.name], importedBy: options.importedBy, header };
  const returnId = await beginSnapshot(tx, snapshot);
  const children = childRows(at, records.filter((r) => r.list !== 11));
  for (let start = 0; start < children.length; start += BATCH) {
    await storeChildren(tx, returnId, children.slice(start, start + BATCH));
    options.onProgress?.('storing', Math.min(children.length, start + BATCH), children.length);
  }
  const report: ValidationReport = { findings: [], outcomes: [], counts: countReport(children.length, [], []) };
  const supersedes = await finishSnapshot(tx, returnId, snapshot, { children: children.length, report, problems: read.problems });
  return { returnId, la, year, children: children.length, report, problems: read.problems, supersedes };
}

function childRows(at: IsoDate, records: readonly AnnexARecord[]): ChildRow[] {
  const byChild = new Map<string, AnnexARecord[]>();
  for (const r of records) {
    const id = r.values['Child Unique ID'];
    if (typeof id !== 'string' || id === '') continue;
    let rows = byChild.get(id);
    if (!rows) byChild.set(id, (rows = []));
    rows.push(r);
  }
  return [...byChild].map(([childId, rows]) => ({ childId, seq: 0, record: { at, rows } satisfies StoredAnnexAChild }));
}
