import { readCin } from '../core/formats/cin/index.ts';
import type { CinChild, CinHeader } from '../core/model/cin.ts';
import type { CollectionYear } from '../core/model/collection-year.ts';
import { createCinValidator, type CinValidator } from '../core/validation/cin-validator.ts';
import type { Queryable } from './database.ts';
import { Rejection, type DatasetImport, type Imported } from './import-outcome.ts';
import { previousCinIndex } from './previous-return.ts';
import { beginSnapshot, finishSnapshot, storeChildren, type ChildRow, type Snapshot } from './return-snapshot.ts';

/** Children stored per statement: big enough for few round trips, small enough to keep memory flat. */
const BATCH = 500;

interface Started {
  readonly returnId: number;
  readonly snapshot: Snapshot;
  readonly validator: CinValidator;
}

/**
 * Reads, validates and stores a CIN census in the caller's transaction, child by child as the file is
 * read: a batch of children goes to the store while the next is read, so the census is never held whole.
 * The return's row is written once the header has said which council and year it is.
 */
export async function importCin(tx: Queryable, file: { readonly name: string; readonly content: Uint8Array }, options: DatasetImport): Promise<Imported> {
  let header: CinHeader | null = null;
  let year: CollectionYear | null = null;
  let started: Started | null = null;
  let batch: ChildRow[] = [];
  let children = 0;
  /** How often each child id has been met: a repeated id is stored again under the next number. */
  const seen = new Map<string, number>();

  const start = async (): Promise<Started> => {
    if (!year) throw new Rejection('the census does not say which year it is for (its Header has no Year or ReferenceDate): give the collection year, e.g. 2025/26.');
    const la = councilOf(header, options.la);
    const snapshot: Snapshot = { la, dataset: 'cin', year, sha256: options.sha256, fileNames: [file.name], importedBy: options.importedBy, header };
    const returnId = await beginSnapshot(tx, snapshot);
    const previous = await previousCinIndex(tx, la, year);
    return { returnId, snapshot, validator: createCinValidator({ year, header, ...(previous ? { previous } : {}) }) };
  };
  const flush = async (s: Started) => {
    await storeChildren(tx, s.returnId, batch);
    batch = [];
  };

  const read = await readCin(file.content, {
    file: file.name,
    ...(options.year ? { year: options.year } : {}),
    onHeader: (h, y) => {
      header = h;
      year = y;
    },
    onProgress: (bytes) => options.onProgress?.('reading', bytes, file.content.length),
    onChild: async (child: CinChild) => {
      started ??= await start();
      started.validator.child(child);
      const id = child.ChildIdentifiers.LAchildID;
      const seq = seen.get(id) ?? 0;
      seen.set(id, seq + 1);
      batch.push({ childId: id, seq, record: child });
      children++;
      if (batch.length >= BATCH) await flush(started);
    },
  });
  const broken = read.problems.find((p) => p.kind === 'not-well-formed' || p.kind === 'forbidden-construct' || (p.kind === 'too-large' && p.severity === 'error'));
  if (read.unreadable || broken) {
    const why = broken ?? read.problems.find((p) => p.severity === 'error');
    throw new Rejection(`${file.name} could not be read as a CIN census${why ? `: ${why.message}` : ''}`, read.problems);
  }
  started ??= await start();
  await flush(started);
  options.onProgress?.('validating', 0, 1);
  const report = started.validator.finish(read.header);
  const supersedes = await finishSnapshot(tx, started.returnId, started.snapshot, {
    children,
    report,
    problems: read.problems,
    onProgress: (done, total) => options.onProgress?.('storing findings', done, total),
  });
  return { returnId: started.returnId, la: started.snapshot.la, year: started.snapshot.year, children, report, problems: read.problems, supersedes };
}

/** The council a census is from: its Header's LEA, which must agree with the council the caller named. */
function councilOf(header: CinHeader | null, named: string | undefined): string {
  const lea = header?.LEA?.trim() || null;
  if (lea && named && lea !== named) {
    throw new Rejection(`the census is from council ${lea} (its Header LEA), not council ${named}: check the file is this council's, or import it for council ${lea}.`);
  }
  const la = lea ?? named;
  if (!la) throw new Rejection("the census does not say which council it is from (its Header has no LEA): give the council's three-digit DfE code, e.g. 806.");
  if (!/^\d{3}$/.test(la)) throw new Rejection(`the census's Header LEA '${la}' is not a three-digit DfE council code.`);
  return la;
}
