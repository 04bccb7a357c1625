import { Command, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import type { AnnexAPeriod } from '../../core/formats/annex-a/produce-annex-a.ts';
import { writeAnnexA } from '../../core/formats/annex-a/write-annex-a.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { isoDateOption, openCommandStore } from './command-options.ts';
import type { Database } from '../../store/database.ts';
import { defaultDataDir } from '../../store/open-store.ts';
import { countStoredChildren, produceStoredAnnexA, reconcileStoredAnnexA } from '../../store/produce-annex-a.ts';
import { progressBar } from '../progress.ts';

interface Options {
  at: IsoDate;
  months: string;
  out?: string;
  la?: string;
  reconcile?: boolean;
  database?: string;
  data: string;
}

/**
 * `sightline annex-a --at DATE --out FILE.xlsx`: Ofsted's Annex A as of a date, from every return in the
 * store. With `--reconcile`, instead lists where the council's own Annex A for that date (imported with
 * `sightline import annex-a`) disagrees with its CIN census and SSDA903. Exit status 0 when done, 1 when
 * there is nothing to produce or reconcile, 2 when the store could not be used.
 */
export function annexACommand(): Command {
  return new Command('annex-a')
    .description("Ofsted's Annex A (lists 1–11) as of a date, from the store; or, with --reconcile, where the council's Annex A and its returns disagree")
    .requiredOption('--at <date>', 'the inspection (snapshot) date, e.g. 2026-01-31', isoDate)
    .addOption(new Option('--months <n>', 'months the lists look back over').choices(['6', '12']).default('6'))
    .option('--out <file>', 'the workbook to write (.xlsx)')
    .option('--la <code>', "the council's three-digit DfE code (needed when the store holds several)")
    .option('--reconcile', "compare the council's stored Annex A for --at with its CIN census and SSDA903")
    .option('--database <url>', 'a PostgreSQL server (default: DATABASE_URL, else PGlite in --data)')
    .option('--data <dir>', 'PGlite data folder', defaultDataDir)
    .action(async (opts: Options) => {
      process.exitCode = await run(opts);
    });
}

const isoDate = isoDateOption('2026-01-31');

async function run(opts: Options): Promise<number> {
  if (!opts.reconcile && !opts.out) {
    console.error('give the workbook to write with --out FILE.xlsx (or --reconcile to compare).');
    return 1;
  }
  const db = await openCommandStore(opts);
  if (!db) return 2;
  try {
    const councils = await db.query<{ la: string }>('select la from councils order by la');
    const la = opts.la ?? (councils.length === 1 ? councils[0]!.la : undefined);
    if (!la) {
      console.error(councils.length ? `the store holds ${councils.length} councils: name one with --la.` : 'the store holds no returns: import some first.');
      return 1;
    }
    const months = Number(opts.months) as AnnexAPeriod;
    if (opts.reconcile) return await reconcile(db, la, opts.at, months);
    const bar = progressBar(`Annex A for ${la} as of ${opts.at}`, await countStoredChildren(db, la));
    const book = await produceStoredAnnexA(db, la, opts.at, months, (done) => bar.update(done));
    bar.stop();
    await writeFile(opts.out!, writeAnnexA(book));
    const rows = Object.entries(book.lists).map(([list, r]) => `list ${list}: ${r.length}`).join(', ');
    console.log(`Annex A for council ${la} as of ${opts.at} written to ${opts.out} (${rows}); ${book.unfilled.length} columns left empty, listed with the reason on its Cover sheet.`);
    return 0;
  } finally {
    await db.close();
  }
}

async function reconcile(db: Database, la: string, at: IsoDate, months: AnnexAPeriod): Promise<number> {
  const disagreements = await reconcileStoredAnnexA(db, la, at, months);
  if (!disagreements) {
    console.error(`the store holds no Annex A of council ${la} drawn up for ${at}: import it with sightline import annex-a FILE.xlsx --at ${at}.`);
    return 1;
  }
  for (const d of disagreements) console.log(d.message);
  console.log(`${disagreements.length} disagreements between council ${la}'s Annex A for ${at} and its CIN census / SSDA903.`);
  return 0;
}
