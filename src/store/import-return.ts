import { detectFileKind, rootElement, type FileKind } from '../core/formats/detect.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import type { IsoDate } from '../core/model/dates.ts';
import type { ReadProblem } from '../core/model/problem.ts';
import type { Database } from './database.ts';
import { import903 } from './import-903.ts';
import { importAnnexA } from './import-annex-a.ts';
import { importCin } from './import-cin.ts';
import { AlreadyStored, Rejection, type ImportProgress, type Imported } from './import-outcome.ts';
import { returnHash } from './return-hash.ts';
import { alreadyStored, datasetNames, describeReturn, findByHash, type Dataset } from './return-snapshot.ts';

export interface ImportInput {
  /** The council's three-digit DfE code: checked against a census's LEA; needed for SSDA903 files, which do not carry it (unless the store holds one council only). */
  la?: string;
  /** What the files should be; they are recognised by content, and a mismatch is refused. */
  dataset?: Dataset;
  /** The collection year, when the files do not say it (SSDA903 CSVs named without it). */
  year?: CollectionYear;
  /** Annex A: the date the workbook was drawn up for, when it does not say (only Sightline's own workbooks do). */
  at?: IsoDate;
  /** A CIN census (one XML file), one year's SSDA903 tables (CSV files, or one XML file) or an Annex A workbook. */
  files: { name: string; content: Uint8Array }[];
  /** Who is loading it, for the provenance. */
  importedBy: string;
}

export interface ImportResult {
  status: 'imported' | 'unchanged' | 'rejected';
  returnId?: number;
  /** The return this one replaced as current for its council, dataset and year (it is kept). */
  supersedes?: number;
  dataset: Dataset | null;
  year: CollectionYear | null;
  la: string | null;
  children: number;
  /** DfE validation errors and queries found (and stored). */
  errors: number;
  queries: number;
  /** What the reader could not take as it stood (stored with the return). */
  problems: ReadProblem[];
  /** One plain line for the person loading it. */
  message: string;
}

/**
 * Loads a return into the store as a new snapshot: recognise it by content, read it, validate it
 * against every DfE rule (last year's stored return included), and store it with its provenance,
 * children, findings and problems in ONE transaction, superseding the current return for the same
 * council, dataset and year without deleting it. The same files again change nothing. A return that
 * cannot be taken is refused with a plain reason and nothing stored; any other failure (the database
 * going away) rolls everything back and is thrown.
 */
export async function importReturn(db: Database, input: ImportInput, onProgress?: ImportProgress): Promise<ImportResult> {
  const base = { dataset: input.dataset ?? null, year: input.year ?? null, la: input.la ?? null, children: 0, errors: 0, queries: 0, problems: [] };
  const refuse = (message: string, problems: readonly ReadProblem[] = []): ImportResult => ({ ...base, status: 'rejected', problems: [...problems], message });
  if (input.la !== undefined && !/^\d{3}$/.test(input.la)) return refuse(`'${input.la}' is not a council code: give the three-digit DfE code, e.g. 806.`);
  const recognised = recogniseDataset(input.files);
  if (typeof recognised !== 'string') return refuse(recognised.refused);
  const dataset = recognised;
  if (input.dataset && input.dataset !== dataset) {
    return refuse(`the files are ${a(datasetNames[dataset])}, not ${a(datasetNames[input.dataset])}.`);
  }
  const known = { ...base, dataset };
  const sha256 = returnHash(input.files);
  // Same files again: say so before reading them at all.
  const stored = await findByHash(db, dataset, sha256, input.la);
  if (stored) return { ...known, la: stored.la, year: stored.collection_year, status: 'unchanged', returnId: stored.id, message: alreadyStored(stored).message };

  const options = { sha256, importedBy: input.importedBy, la: input.la, year: input.year, onProgress };
  try {
    let imported: Imported;
    if (dataset === 'cin') {
      imported = await db.transaction((tx) => importCin(tx, input.files[0]!, options));
    } else if (dataset === 'annex-a') {
      const la = input.la ?? (await onlyCouncil(db, 'an Annex A workbook does'));
      imported = await db.transaction((tx) => importAnnexA(tx, input.files[0]!, la, { ...options, at: input.at }));
    } else {
      const la = input.la ?? (await onlyCouncil(db));
      imported = await db.transaction((tx) => import903(tx, input.files, la, options));
    }
    return importedResult(dataset, imported);
  } catch (error) {
    if (error instanceof AlreadyStored) return { ...known, status: 'unchanged', returnId: error.returnId, message: error.message };
    if (error instanceof Rejection) return { ...known, status: 'rejected', problems: [...error.problems], message: error.message };
    throw error;
  }
}

function importedResult(dataset: Dataset, r: Imported): ImportResult {
  const { counts } = r.report;
  const summary = `${datasetNames[dataset]} ${r.year} of council ${r.la} stored as return ${r.returnId}: ${r.children} children, ${counts.errors} errors, ${counts.queries} queries` +
    (r.problems.length ? `, ${r.problems.length} reading problems` : '');
  return {
    status: 'imported', returnId: r.returnId, dataset, year: r.year, la: r.la, children: r.children, errors: counts.errors, queries: counts.queries,
    problems: [...r.problems],
    message: r.supersedes ? `${summary}; it replaces ${describeReturn(r.supersedes)}, which is kept` : summary,
    ...(r.supersedes ? { supersedes: r.supersedes.id } : {}),
  };
}

/** The dataset the files hold, judged by their first bytes, or why they are not a return Sightline can load. */
function recogniseDataset(files: ImportInput['files']): Dataset | { refused: string } {
  if (files.length === 0) return { refused: 'no files were given.' };
  const kinds = files.map((f) => ({ name: f.name, kind: detectFileKind(f.content.subarray(0, 4096)), head: f.content.subarray(0, 4096) }));
  const census = kinds.filter((k) => k.kind === 'cin-census-xml');
  if (census.length) {
    return files.length === 1 ? 'cin' : { refused: `a CIN census is one XML file, imported on its own; ${census.map((k) => k.name).join(', ')} came with ${files.length - census.length} other files.` };
  }
  if (kinds.some((k) => k.kind === 'csv' || k.kind === 'ssda903-xml')) return 'ssda903';
  const workbooks = kinds.filter((k) => k.kind === 'xlsx');
  if (workbooks.length) {
    return files.length === 1 ? 'annex-a' : { refused: `an Annex A is one workbook, imported on its own; ${workbooks.map((k) => k.name).join(', ')} came with ${files.length - workbooks.length} other files.` };
  }
  return { refused: kinds.map((k) => `${k.name} ${notAReturn(k.kind, k.head)}`).join('; ') };
}

function notAReturn(kind: FileKind, head: Uint8Array): string {
  switch (kind) {
    case 'xml': return `is XML whose root element is ${rootElement(new TextDecoder().decode(head))}: a CIN census starts with Message, an SSDA903 return with EXPSSDA903.`;
    default: return 'is neither a CIN census (XML) nor an SSDA903 table (CSV with a CHILD column).';
  }
}

/** SSDA903 files and Annex A workbooks do not name their council; a store that holds exactly one council can only mean that one. */
async function onlyCouncil(db: Database, what = 'SSDA903 files do'): Promise<string> {
  const councils = await db.query<{ la: string }>('select la from councils order by la limit 2');
  if (councils.length === 1) return councils[0]!.la;
  throw new Rejection(`${what} not say which council they are from${councils.length ? ' and the store holds several' : ''}: give the council's three-digit DfE code, e.g. 806.`);
}

function a(name: string): string {
  return /^[AEIOUS]/.test(name) ? `an ${name}` : `a ${name}`;
}
