import { Command, InvalidArgumentError, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { utils, write } from '@e965/xlsx';
import { benchmark, latestEngland } from '../../core/benchmarks/benchmark.ts';
import { computeIndicators, type IndicatorResult, type PeriodResult } from '../../core/indicators/compute.ts';
import { formatValue } from '../../core/indicators/format-value.ts';
import type { Population } from '../../core/indicators/indicator.ts';
import { collectionYearOf, endYearOf } from '../../core/model/collection-year.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { isoDateOption } from './command-options.ts';
import { councilSourceOptions, readCouncilFrom } from './council-returns.ts';

type Format = 'table' | 'csv' | 'json' | 'xlsx';

interface Options {
  database?: string;
  data: string;
  at?: string;
  format: Format;
  out?: string;
  la?: string;
  population?: number;
  populationSource?: string;
  months: number;
}

/** `sightline indicators FOLDER`: every indicator, with the children behind each number and England's figure beside it. */
export function indicatorsCommand(): Command {
  return councilSourceOptions(new Command('indicators'))
    .description('children\'s social care indicators from the store (or a folder of returns), by year and month, with England figures')
    .option('--at <date>', 'date to compute at (default: the latest 31 March in the returns)', isoDate)
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .option('--out <path>', 'write to a file (xlsx needs one)')
    .option('--la <code>', 'three-digit DfE code, when the returns do not say')
    .option('--population <n>', "the council's 0–17 population, for rates per 10,000", positive)
    .option('--population-source <text>', 'where the population figure comes from (e.g. "ONS mid-2024 estimate")')
    .option('--months <n>', 'months to show month by month', positive, 24)
    .action(async (folder: string | undefined, opts: Options) => {
      process.exitCode = await run(folder, opts);
    });
}

const isoDate = isoDateOption('2026-03-31');

function positive(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0.');
  return n;
}

async function run(folder: string | undefined, opts: Options): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) {
    console.error('--format xlsx needs --out FILE');
    return 2;
  }
  const council = await readCouncilFrom({ folder, database: opts.database, data: opts.data, la: opts.la });
  const at = opts.at ?? council.latestReferenceDate;
  if (!at || council.children.length === 0) {
    console.error(`${folder ?? 'the store'}: no CIN census or SSDA903 return found`);
    return 2;
  }
  // Given on the command line, else the one the council entered in the store.
  const population: Population | undefined = opts.population ? { count: opts.population, source: opts.populationSource ?? 'entered at the command line, source not given' } : council.population;
  const results = computeIndicators(council.children, { at, months: opts.months, ...(population ? { population0to17: population } : {}) });
  const year = endYearOf(collectionYearOf(at));
  const rendered = render(results, opts.format, { la: council.la, at, year, population });
  if (opts.out) await writeFile(opts.out, rendered);
  else process.stdout.write(typeof rendered === 'string' ? rendered : '');
  if (!population) console.error('Rates per 10,000 need the council\'s 0–17 population: give --population N --population-source TEXT, or enter it on the web app\'s Settings page.');
  return 0;
}

interface Frame {
  la: string;
  at: IsoDate;
  year: number;
  population: Population | undefined;
}

function england(r: IndicatorResult, year: number): string {
  const figure = latestEngland(r.indicator.id, year);
  return figure ? `${figure.value} (${figure.year})` : '';
}

function ratio(p: PeriodResult): string {
  return p.denominator ? `${p.numerator.count}/${p.denominator.count}` : String(p.numerator.count);
}

function render(results: readonly IndicatorResult[], format: Format, frame: Frame): string | Uint8Array {
  switch (format) {
    case 'json':
      return `${JSON.stringify({ ...frame, indicators: results.map((r) => ({ ...r, benchmark: benchmark(r.indicator.id, frame.la, frame.year) })) }, (key, v: unknown) => (typeof v === 'function' ? undefined : v))}\n`;
    case 'csv':
      return csv([
        ['indicator', 'title', 'unit', 'period', 'start', 'end', 'value', 'numerator', 'denominator', 'children', 'available', 'note'],
        ...results.flatMap((r) => (r.available
          ? [r.headline, ...r.years, ...r.months].map((p) => [r.indicator.id, r.indicator.title, r.indicator.unit, p.period.label, p.period.start, p.period.end, p.value?.toFixed(2) ?? '', p.numerator.count, p.denominator?.count ?? '', p.numerator.children.length, 'yes', p.caveats.join(' ')])
          : [[r.indicator.id, r.indicator.title, r.indicator.unit, '', '', '', '', '', '', '', 'no', r.reason]])),
      ]);
    case 'xlsx':
      return workbook(results, frame);
    case 'table':
      return table(results, frame);
  }
}

function table(results: readonly IndicatorResult[], frame: Frame): string {
  const lines = [`Indicators for LA ${frame.la} at ${frame.at}${frame.population ? ` (0–17 population ${frame.population.count}, ${frame.population.source})` : ''}`, ''];
  const available = results.filter((r) => r.available);
  const years = available[0]?.years.map((y) => y.period.label) ?? [];
  lines.push(['Indicator'.padEnd(60), '12 months'.padStart(10), 'cases'.padStart(12), 'England'.padStart(12), ...years.map((y) => y.padStart(9))].join(' '));
  for (const r of results) {
    if (!r.available) {
      lines.push(`${r.indicator.title.slice(0, 60).padEnd(60)} ${r.reason}`);
      continue;
    }
    lines.push([r.indicator.title.slice(0, 60).padEnd(60), formatValue(r.headline.value, r.indicator.unit).padStart(10), ratio(r.headline).padStart(12), england(r, frame.year).padStart(12), ...r.years.map((y) => formatValue(y.value, r.indicator.unit).padStart(9))].join(' '));
  }
  return `${lines.join('\n')}\n`;
}

function workbook(results: readonly IndicatorResult[], frame: Frame): Uint8Array {
  const book = utils.book_new();
  const available = results.filter((r) => r.available);
  const summary = [[`Indicators for LA ${frame.la} at ${frame.at}`], [], ['Indicator', 'Unit', 'Period', 'Value', 'Numerator', 'Denominator', 'Children', 'England', 'Definition', 'Note']];
  for (const r of results) {
    if (!r.available) {
      summary.push([r.indicator.title, r.indicator.unit, '', '', '', '', '', '', r.indicator.definition.text, r.reason]);
      continue;
    }
    for (const p of [r.headline, ...r.years]) summary.push([r.indicator.title, r.indicator.unit, p.period.label, p.value === null ? '' : String(Math.round(p.value * 10) / 10), String(p.numerator.count), String(p.denominator?.count ?? ''), String(p.numerator.children.length), p === r.headline ? england(r, frame.year) : '', r.indicator.definition.text, p.caveats.join(' ')]);
  }
  utils.book_append_sheet(book, utils.aoa_to_sheet(summary), 'Summary');
  const months = [['Indicator', ...(available[0]?.months.map((m) => m.period.label) ?? [])], ...available.filter((r) => r.months.length).map((r) => [r.indicator.title, ...r.months.map((m) => formatValue(m.value, r.indicator.unit))])];
  utils.book_append_sheet(book, utils.aoa_to_sheet(months), 'By month');
  const children = [['Indicator', 'Period', 'Child', 'Event', 'Date', 'In numerator', 'Value']];
  for (const r of available) for (const c of (r.headline.denominator ?? r.headline.numerator).cases) children.push([r.indicator.id, r.headline.period.label, c.childId, c.key, c.date, c.counted ? 'yes' : 'no', c.value === undefined ? '' : String(c.value)]);
  utils.book_append_sheet(book, utils.aoa_to_sheet(children), 'Children');
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((r) => r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\n')}\n`;
}
