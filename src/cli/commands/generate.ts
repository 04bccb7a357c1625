import { Command, InvalidArgumentError } from 'commander';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { writeCin, firstCinYear, lastCinYear } from '../../core/formats/cin/index.ts';
import { inReturn, layouts903, tableNames903, write903Table } from '../../core/formats/ssda903/index.ts';
import { collectionYear } from '../../core/model/collection-year.ts';
import type { CinChild } from '../../core/model/cin.ts';
import type { Ssda903TableName } from '../../core/model/ssda903.ts';
import { cinHeader, generateChildren, type CouncilOptions } from '../../core/synthetic/council.ts';
import { progressBar } from '../progress.ts';

/**
 * `sightline generate`: a synthetic council's CIN censuses and SSDA903 returns, one folder per year.
 * Children are generated once, in order, and each child's records go straight into every year's open
 * files, so a million children need no more memory than a few hundred.
 */
export function generateCommand(): Command {
  return new Command('generate')
    .description('write a synthetic council\'s CIN census XML and SSDA903 CSV returns for a range of years')
    .requiredOption('--children <n>', 'how many children the council has known', wholeNumber)
    .requiredOption('--out <dir>', 'folder to write into (one sub-folder per year)')
    .option('--years <first-last>', 'collection years by end year, e.g. 2021-2025 (2020/21 to 2024/25)', yearRange, yearRange('2021-2025'))
    .option('--seed <n>', 'the same seed always gives the same council', wholeNumber, 1)
    .option('--la <code>', 'three-digit DfE local authority code', laCode, '806')
    .option('--faults <rate>', 'share of records given a realistic mistake (0 to 1)', rate, 0)
    .action(async (opts: { children: number; out: string; years: [number, number]; seed: number; la: string; faults: number }) => {
      const options: CouncilOptions = { children: opts.children, firstYear: opts.years[0], lastYear: opts.years[1], seed: opts.seed, la: opts.la, faults: opts.faults };
      const summaries = await generate(options, opts.out);
      for (const line of summaries) console.log(line);
    });
}

function wholeNumber(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

function yearRange(text: string): [number, number] {
  const m = /^(\d{4})(?:\s*-\s*(\d{4}))?$/.exec(text.trim());
  if (!m) throw new InvalidArgumentError('expected end years such as 2021-2025, or one year such as 2025.');
  const first = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  if (first > last) throw new InvalidArgumentError(`${first} is after ${last}.`);
  if (first < firstCinYear || last > lastCinYear) throw new InvalidArgumentError(`years must lie between ${firstCinYear} and ${lastCinYear}, the CIN census schemas Sightline knows.`);
  return [first, last];
}

function laCode(text: string): string {
  if (!/^\d{3}$/.test(text.trim())) throw new InvalidArgumentError('expected a three-digit DfE code such as 806.');
  return text.trim();
}

function rate(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a share between 0 and 1, such as 0.02.');
  return n;
}

/** Children are written in batches of this many per file: large enough to be quick, small enough to stay light. */
const BATCH = 256;

/**
 * One file written from a document writer that expects all its records at once (writeCin,
 * write903Table). The writer is run once with no records to learn its opening and closing text, then on
 * each batch, keeping only what lies between; so records can be pushed as they are generated.
 */
class StreamedDocument<T> {
  readonly #render: (records: readonly T[]) => string;
  readonly #opening: string;
  readonly #closing: string;
  readonly #file: WriteStream;
  #batch: T[] = [];
  #error: Error | null = null;

  constructor(path: string, render: (records: readonly T[]) => string, closing: string) {
    const empty = render([]);
    if (!empty.endsWith(closing)) throw new Error(`the writer for ${path} does not end its document as expected`);
    this.#render = render;
    this.#closing = closing;
    this.#opening = empty.slice(0, empty.length - closing.length);
    this.#file = createWriteStream(path, { encoding: 'utf8' });
    // Kept to be thrown at the next write: a full disk must stop the run, not crash it from an event.
    this.#file.on('error', (error) => void (this.#error = error));
    this.#file.write(this.#opening);
  }

  async push(records: readonly T[]): Promise<void> {
    if (this.#error) throw this.#error;
    this.#batch.push(...records);
    if (this.#batch.length >= BATCH) await this.#flush();
  }

  async #flush(): Promise<void> {
    if (this.#batch.length === 0) return;
    const text = this.#render(this.#batch);
    this.#batch = [];
    if (!this.#file.write(text.slice(this.#opening.length, text.length - this.#closing.length))) await once(this.#file, 'drain');
  }

  async close(): Promise<void> {
    if (this.#error) throw this.#error;
    await this.#flush();
    this.#file.end(this.#closing);
    await once(this.#file, 'finish');
  }
}

interface YearFiles {
  readonly year: number;
  readonly folder: string;
  readonly cin: StreamedDocument<CinChild>;
  readonly tables: ReadonlyMap<Ssda903TableName, StreamedDocument<unknown>>;
  cinChildren: number;
  episodesOfNeed: number;
  lookedAfter: number;
  episodes: number;
  faults: number;
}

async function openYear(options: CouncilOptions, out: string, year: number): Promise<YearFiles> {
  const folder = join(out, String(year));
  await mkdir(join(folder, 'ssda903'), { recursive: true });
  const cy = collectionYear(year);
  const header = cinHeader(options, year);
  const cin = new StreamedDocument<CinChild>(
    join(folder, `cin-census-${options.la}-${year}.xml`),
    (children) => [...writeCin({ year: cy, header, children })].join(''),
    '  </Children>\n</Message>\n',
  );
  const tables = new Map<Ssda903TableName, StreamedDocument<unknown>>();
  for (const table of tableNames903.filter((t) => inReturn(layouts903[t], year))) {
    tables.set(table, new StreamedDocument<unknown>(
      join(folder, 'ssda903', layouts903[table].fileName),
      (rows) => [...write903Table(table, rows as never[], cy)].join(''),
      '',
    ));
  }
  return { year, folder, cin, tables, cinChildren: 0, episodesOfNeed: 0, lookedAfter: 0, episodes: 0, faults: 0 };
}

/** Writes every year's returns and gives a one-line summary per year. */
export async function generate(options: CouncilOptions, out: string): Promise<string[]> {
  const years: YearFiles[] = [];
  for (let y = options.firstYear; y <= options.lastYear; y++) years.push(await openYear(options, out, y));
  const progress = progressBar('Generating children', options.children);
  let done = 0;
  for (const child of generateChildren(options)) {
    for (const files of years) {
      const record = child.cin.get(files.year);
      if (record) {
        files.cinChildren++;
        files.episodesOfNeed += record.CINdetails.length;
        await files.cin.push([record]);
      }
      const rows = child.ssda903.get(files.year);
      if (rows) {
        if (rows.episodes) {
          files.lookedAfter++;
          files.episodes += rows.episodes.length;
        }
        for (const [table, list] of Object.entries(rows) as [Ssda903TableName, unknown[]][]) await files.tables.get(table)?.push(list);
      }
    }
    for (const f of child.faults) {
      const files = years.find((y) => y.year === f.year);
      if (files) files.faults++;
    }
    if (++done % 1000 === 0) progress.update(done);
  }
  progress.stop();
  for (const files of years) {
    await files.cin.close();
    for (const table of files.tables.values()) await table.close();
  }
  return years.map((f) =>
    `${collectionYear(f.year)}: CIN census ${f.cinChildren} children (${f.episodesOfNeed} episodes of need), ` +
    `SSDA903 ${f.lookedAfter} children looked after (${f.episodes} episodes)` +
    `${options.faults ? `, ${f.faults} faults injected` : ''} → ${f.folder}`);
}
