import { Command, InvalidArgumentError } from 'commander';
import { readdir, readFile, stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { yearFromPath } from '../../core/formats/ssda903/index.ts';
import { parseCollectionYear, type CollectionYear } from '../../core/model/collection-year.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { isoDateOption, openCommandStore } from './command-options.ts';
import { describeProblem, type ReadProblem } from '../../core/model/problem.ts';
import { councilFigures } from '../../access/council-figures.ts';
import { importReturn, type ImportResult } from '../../store/import-return.ts';
import { defaultDataDir } from '../../store/open-store.ts';
import type { Dataset } from '../../store/return-snapshot.ts';
import { progressBar, type Progress } from '../progress.ts';

interface Options {
  database?: string;
  data: string;
  la?: string;
  year?: CollectionYear;
  as: string;
  /** Annex A only. */
  at?: IsoDate;
  dataset?: Dataset;
}

/** One return to import: a census (one XML file) or the CSV tables of one folder. */
interface Batch {
  readonly label: string;
  readonly paths: readonly string[];
}

/**
 * `sightline import PATH…`: loads returns into the store as versioned snapshots. Each XML file is a
 * return; the CSV files of one folder are one SSDA903 return; folders are searched all the way down.
 * Returns are loaded oldest year first, CIN censuses before the 903 of the same year, so that each is
 * checked against the year before and a 903 can take its council from the census. One line per return.
 * Exit status 0 when every return was imported or already stored, 1 when any was refused, 2 when the
 * store could not be used.
 */
export function importCommand(): Command {
  return storeOptions(new Command('import'))
    .description('store CIN census and SSDA903 returns (and Ofsted Annex A workbooks) as versioned snapshots, validated, with their provenance')
    .argument('<paths...>', 'CIN census XML files, SSDA903 CSV files, or folders of them')
    .option('--year <year>', 'collection year, e.g. 2025/26, when the files do not say (one return only)', yearOption)
    .action(async (paths: string[], opts: Options) => {
      process.exitCode = await run(paths, opts);
    })
    .addCommand(importAnnexACommand());
}

/**
 * `sightline import annex-a FILE.xlsx`: a council's Ofsted Annex A, any year's template, stored as a
 * snapshot of the collection year its date falls in. Every value it could not map is listed.
 */
function importAnnexACommand(): Command {
  return storeOptions(new Command('annex-a'))
    .description("store a council's Ofsted Annex A workbook as a snapshot, listing every value that could not be mapped to a DfE code")
    .argument('<file>', 'the Annex A workbook (.xlsx)')
    .option('--at <date>', 'the date it was drawn up for (Sightline\'s own workbooks say it on their Cover sheet)', isoDate)
    .action(async (file: string, _opts: Options, command: Command) => {
      // `import` takes the same options, and commander gives them to it when they follow the file.
      process.exitCode = await run([file], { ...command.optsWithGlobals<Options>(), dataset: 'annex-a' });
    });
}

/** The options every import takes: where the store is, which council, and who is loading. */
function storeOptions(command: Command): Command {
  return command
    .option('--database <url>', 'a PostgreSQL server (default: DATABASE_URL, else PGlite in --data)')
    .option('--data <dir>', 'PGlite data folder', defaultDataDir)
    .option('--la <code>', "the council's three-digit DfE code (SSDA903 files and Annex A workbooks do not carry it)", laCode)
    .option('--as <name>', 'who is importing, for the provenance', currentUser());
}

const isoDate = isoDateOption('2026-01-31');

/** The account running the command; some containers have no name for it. */
function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

function laCode(text: string): string {
  if (!/^\d{3}$/.test(text.trim())) throw new InvalidArgumentError('expected a three-digit DfE code such as 806.');
  return text.trim();
}

function yearOption(text: string): CollectionYear {
  const year = parseCollectionYear(text);
  if (!year) throw new InvalidArgumentError('expected a collection year such as 2025/26.');
  return year;
}

async function run(paths: string[], opts: Options): Promise<number> {
  const { batches, ignored, missing } = await findReturns(paths);
  for (const path of missing) console.error(`${path}: no such file or folder`);
  if (ignored.length) console.error(`ignored ${ignored.length} file(s) that are neither .xml nor .csv, e.g. ${ignored[0]}`);
  if (opts.year && batches.length > 1) {
    console.error(`--year names the year of one return, but ${batches.length} were found: import them one at a time, or name the years in the folder or file names.`);
    return 1;
  }
  if (batches.length === 0) {
    console.error('nothing to import.');
    return 1;
  }
  const db = await openCommandStore(opts);
  if (!db) return 2;
  let refused = missing.length > 0;
  const imported = new Set<string>();
  try {
    for (const batch of batches) {
      const files = await Promise.all(batch.paths.map(async (p) => ({ name: p, content: new Uint8Array(await readFile(p)) })));
      const progress = stagedProgress(batch.label);
      let result: ImportResult;
      try {
        result = await importReturn(db, {
          files, importedBy: opts.as, ...(opts.la ? { la: opts.la } : {}), ...(opts.year ? { year: opts.year } : {}),
          ...(opts.at ? { at: opts.at } : {}), ...(opts.dataset ? { dataset: opts.dataset } : {}),
        }, progress.update);
      } finally {
        progress.stop();
      }
      console.log(`${result.status.padEnd(9)} ${batch.label}: ${result.message}`);
      if (result.status === 'imported' && result.la) imported.add(result.la);
      if (result.dataset === 'annex-a' && result.status === 'imported') reportAnnexAProblems(result.problems);
      if (result.status === 'rejected') {
        refused = true;
        for (const p of result.problems.filter((x) => x.severity === 'error' && !result.message.includes(x.message)).slice(0, 5)) console.log(`          ${describeProblem(p)}`);
        if (result.problems.some((p) => p.kind === 'unknown-year')) console.log('          give the year with --year 2025/26, or put it in the folder or file name (e.g. 2025/episodes.csv)');
        if (result.dataset === 'ssda903' && !opts.la && /which council/.test(result.message)) console.log('          give the council with --la 806');
      }
    }
    // Worked out now and kept, so that the dashboards open at once instead of on their first visit.
    for (const la of imported) {
      process.stderr.write(`working out council ${la}'s indicators and worklists …\n`);
      await councilFigures(db, la);
    }
  } catch (error) {
    console.error(`the import stopped and nothing of the return being imported was stored: ${(error as Error).message}`);
    return 2;
  } finally {
    await db.close();
  }
  return refused ? 1 : 0;
}

/**
 * Every Annex A value that could not be read or mapped, one line each (sheet, row, column, value), so the
 * analyst can correct the workbook or the spelling map; empty required cells and absent columns, which
 * can run to thousands, counted by column instead.
 */
function reportAnnexAProblems(problems: readonly ReadProblem[]): void {
  const empty = new Map<string, number>();
  for (const p of problems) {
    if (p.kind === 'missing-value') {
      const key = `sheet ${p.path}, column "${p.field}"`;
      empty.set(key, (empty.get(key) ?? 0) + 1);
    } else console.log(`          ${p.message}`);
  }
  for (const [where, n] of empty) console.log(`          ${where}: ${n} empty cells where Ofsted requires a value`);
}

/** A bar per stage of an import (reading, storing, …), shown only at a terminal. */
function stagedProgress(label: string): { update: (stage: string, done: number, total: number) => void; stop: () => void } {
  let stage = '';
  let bar: Progress | null = null;
  return {
    update: (next, done, total) => {
      if (next !== stage) {
        bar?.stop();
        stage = next;
        bar = progressBar(`${label}: ${next}`, total, next === 'reading' && total > 1 ? 'bytes' : 'items');
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

/** The returns among the paths given, in the order they should be loaded. */
async function findReturns(paths: readonly string[]): Promise<{ batches: Batch[]; ignored: string[]; missing: string[] }> {
  const singles: string[] = [];
  const csvByFolder = new Map<string, string[]>();
  const ignored: string[] = [];
  const missing: string[] = [];
  const visit = async (path: string, named: boolean): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      missing.push(path);
      return;
    }
    if (info.isDirectory()) {
      for (const entry of (await readdir(path)).sort()) await visit(join(path, entry), false);
      return;
    }
    const ext = extname(path).toLowerCase();
    if (ext === '.csv') {
      const folder = dirname(path);
      csvByFolder.set(folder, [...(csvByFolder.get(folder) ?? []), path]);
    } else if (ext === '.xml' || named) {
      // A file named on the command line is tried whatever it is, so that a wrong kind is told plainly.
      singles.push(path);
    } else {
      ignored.push(path);
    }
  };
  for (const path of paths) await visit(path, true);
  const batches: (Batch & { order: string })[] = [
    ...singles.map((p) => ({ label: p, paths: [p], order: `${yearFromPath(p) ?? ''} 0 ${p}` })),
    ...[...csvByFolder].map(([folder, files]) => ({ label: folder, paths: files, order: `${yearFromPath(folder) ?? ''} 1 ${folder}` })),
  ];
  batches.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return { batches: batches.map(({ label, paths: files }) => ({ label, paths: files })), ignored, missing };
}
