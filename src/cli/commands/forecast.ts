import { Command, InvalidArgumentError, Option } from 'commander';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guess903Year, read903, yearFromPath } from '../../core/formats/ssda903/index.ts';
import { backtest } from '../../core/forecast/backtest.ts';
import { demandDataFromReturns, demandDataFromStackedCsv, DemandCsvError, type DemandData } from '../../core/forecast/demand-data.ts';
import { forecast, type ForecastOptions, type ForecastResult } from '../../core/forecast/forecast.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { isoDateOption } from './command-options.ts';
import type { Ssda903Return } from '../../core/model/ssda903.ts';
import { readTextFiles } from '../files.ts';

type Format = 'table' | 'csv' | 'json';

interface Options {
  from: string;
  reference?: { from: IsoDate; to: IsoDate };
  start?: IsoDate;
  months: number;
  costs?: string;
  provision?: boolean;
  uasc: 'all' | 'only' | 'exclude';
  simulate?: number;
  seed: number;
  backtest?: boolean;
  format: Format;
  out?: string;
}

/** `sightline forecast --from DIR`: the care population and placement spend forecast. */
export function forecastCommand(): Command {
  return new Command('forecast')
    .description('forecast the children looked after population by placement type, and its weekly-cost spend, from several years of SSDA903 returns')
    .requiredOption('--from <dir>', 'folder of per-year SSDA903 CSV folders (as `sightline generate` writes them), or of stacked regional-format CSVs (episodes.csv, header.csv, uasc.csv with a YEAR column)')
    .option('--reference <from..to>', 'window the rates are fitted on, e.g. 2022-04-01..2024-03-31 (default: all the data)', window)
    .option('--start <date>', 'forecast start (default: the end of the data, 31 March)', isoDate)
    .option('--months <n>', 'horizon in months, at most 48', whole, 24)
    .option('--costs <file>', 'local costs: JSON {"weekly": {"Fostering (IFA)": 900, …}, "shares": {…}, "inflation": 0.05}, or CSV item,weekly')
    .option('--provision', 'model in-house and external provision as separate placement categories')
    .addOption(new Option('--uasc <which>', 'unaccompanied asylum-seeking children').choices(['all', 'only', 'exclude']).default('all'))
    .option('--simulate <runs>', 'add a simulated 95% band from this many seeded runs', whole)
    .option('--seed <n>', 'seed of the simulation', whole, 1)
    .option('--backtest', 'also fit on the two years ending 12 months before the data ends and report the error of a 12-month forecast')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--out <path>', 'write to a file')
    .action(async (opts: Options) => {
      process.exitCode = await run(opts);
    });
}

const isoDate = isoDateOption('2024-03-31');

function window(text: string): { from: IsoDate; to: IsoDate } {
  const [from, to, ...rest] = text.split('..');
  if (!from || !to || rest.length > 0) throw new InvalidArgumentError('expected two dates such as 2022-04-01..2024-03-31.');
  return { from: isoDate(from), to: isoDate(to) };
}

function whole(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0.');
  return n;
}

async function run(opts: Options): Promise<number> {
  let data: DemandData;
  let costs: ForecastOptions['costs'];
  try {
    data = await readDemandData(opts.from);
    costs = opts.costs ? await readCosts(opts.costs) : undefined;
  } catch (e) {
    if (!(e instanceof DemandCsvError || e instanceof CostsFileError || (e as NodeJS.ErrnoException).code)) throw e;
    console.error(`${opts.from}: ${(e as Error).message}`);
    return 2;
  }
  if (data.episodes.length === 0) {
    console.error(`${opts.from}: no SSDA903 episodes found`);
    return 2;
  }
  const options: ForecastOptions = {
    months: opts.months, uasc: opts.uasc, withProvision: opts.provision ?? false,
    ...(opts.reference ? { reference: opts.reference } : {}), ...(opts.start ? { start: opts.start } : {}), ...(costs ? { costs } : {}),
    ...(opts.simulate ? { simulation: { runs: opts.simulate, seed: opts.seed } } : {}),
  };
  const outcome = forecast(data, options);
  for (const note of outcome.ok ? outcome.result.notes : outcome.notes) console.error(`note: ${note}`);
  if (!outcome.ok) {
    for (const error of outcome.errors) console.error(`error: ${error}`);
    return 2;
  }
  const tested = opts.backtest ? backtest(data, { uasc: opts.uasc, withProvision: opts.provision ?? false }) : null;
  if (tested && 'error' in tested) console.error(`backtest: ${tested.error}`);
  const result = outcome.result;
  const rendered = opts.format === 'json'
    ? `${JSON.stringify({ ...result, ...(tested && !('error' in tested) ? { backtest: tested } : {}) })}\n`
    : opts.format === 'csv' ? csv(result) : table(result, tested && !('error' in tested) ? tested : null);
  if (opts.out) await writeFile(opts.out, rendered);
  else process.stdout.write(rendered);
  return 0;
}

/** Stacked regional CSVs when the folder has an episodes.csv with a YEAR column; otherwise per-year 903 folders. */
export async function readDemandData(root: string): Promise<DemandData> {
  const entries = await readdir(root, { withFileTypes: true });
  const stacked = entries.find((e) => e.isFile() && e.name.toLowerCase() === 'episodes.csv');
  if (stacked) {
    const episodes = await readFile(join(root, stacked.name), 'utf8');
    if (/(^|,)\s*"?YEAR"?\s*(,|$)/im.test(episodes.split('\n', 1)[0] ?? '')) {
      const named = (name: string): string | undefined => entries.find((e) => e.isFile() && e.name.toLowerCase() === name)?.name;
      const header = named('header.csv');
      if (!header) throw new DemandCsvError('the stacked episodes.csv needs a header.csv beside it');
      const uasc = named('uasc.csv');
      return demandDataFromStackedCsv({ episodes, header: await readFile(join(root, header), 'utf8'), ...(uasc ? { uasc: await readFile(join(root, uasc), 'utf8') } : {}) });
    }
  }
  const folders = new Map<string, string[]>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.csv$/i.test(entry.name)) folders.set(entry.parentPath, [...(folders.get(entry.parentPath) ?? []), join(entry.parentPath, entry.name)]);
  }
  const returns: Ssda903Return[] = [];
  for (const [folder, paths] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const files = await readTextFiles(paths.sort());
    const year = yearFromPath(folder) ?? guess903Year(files);
    const { return: ret } = read903(files, year ? { year } : {});
    if (ret) returns.push(ret);
  }
  return demandDataFromReturns(returns);
}

class CostsFileError extends Error {}

/** Local costs: JSON as ForecastOptions.costs, or a CSV of cost item and weekly cost. */
async function readCosts(path: string): Promise<NonNullable<ForecastOptions['costs']>> {
  const text = await readFile(path, 'utf8');
  if (/\.json$/i.test(path)) {
    try {
      return JSON.parse(text) as NonNullable<ForecastOptions['costs']>;
    } catch (e) {
      throw new CostsFileError(`${path} is not valid JSON: ${(e as Error).message}`);
    }
  }
  const weekly: Record<string, number> = {};
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const m = /^"?([^",]+)"?\s*,\s*([^,]*)$/.exec(line.trim());
    if (!m || (i === 0 && Number.isNaN(Number(m[2])))) continue;
    const cost = Number(m[2]);
    if (m[2]!.trim() === '' || Number.isNaN(cost)) throw new CostsFileError(`${path} line ${i + 1}: the weekly cost "${m[2]}" is not a number`);
    weekly[m[1]!.trim()] = cost;
  }
  return { weekly };
}

function money(n: number): string {
  return `£${Math.round(n).toLocaleString('en-GB')}`;
}

function table(r: ForecastResult, tested: ReturnType<typeof backtest> | null): string {
  const lines = [`Forecast of children looked after from ${r.start} to ${r.end} (rates fitted on ${r.reference.from} to ${r.reference.to}; data ${r.dataStart} to ${r.dataEnd})`, ''];
  lines.push(['date'.padEnd(10), ...r.groups.map((g) => g.padStart(22))].join(' '));
  for (const p of [r.scenario.daily[0]!, ...r.scenario.quarterly]) {
    lines.push([p.date, ...r.groups.map((g) => { const b = p.groups[g]!; return `${b.mean.toFixed(1)} ± ${(b.upper - b.mean).toFixed(1)}`.padStart(22); })].join(' '));
  }
  if (r.simulation) {
    lines.push('', `Simulated 95% band (${r.simulation.runs} runs, seed ${r.simulation.seed}), Total: ${r.simulation.daily.filter((_, d) => d > 0 && d % 91 === 0).map((p) => `${p.date} ${p.groups.Total!.lower}–${p.groups.Total!.upper}`).join(', ')}`);
  }
  lines.push('', 'Costs by quarter:');
  for (const q of r.scenario.costs.quarters) lines.push(`  ${q.quarter.padEnd(8)} ${money(q.total).padStart(14)}`);
  lines.push(`Year one: ${money(r.scenario.costs.yearOne)}`, '', 'Weekly costs used:');
  for (const i of r.scenario.costs.items) lines.push(`  ${i.item.padEnd(30)} ${money(i.weekly).padStart(8)}${i.placeholder ? '  PLACEHOLDER: enter a local cost (--costs)' : ''}`);
  if (tested && !('error' in tested)) {
    lines.push('', `Backtest: fitted on ${tested.reference.from} to ${tested.reference.to}, forecast to ${tested.end}; mean absolute percentage error:`);
    for (const g of tested.groups) lines.push(`  ${g.group.padEnd(24)} ${g.mape.toFixed(1)}%  (forecast ${g.forecastAtEnd.toFixed(1)}, actual ${g.actualAtEnd})`);
  }
  return `${lines.join('\n')}\n`;
}

function csv(r: ForecastResult): string {
  const rows = [['date', 'group', 'mean', 'variance', 'lower', 'upper'].join(',')];
  for (const p of r.scenario.daily) for (const g of r.groups) { const b = p.groups[g]!; rows.push([p.date, `"${g}"`, b.mean.toFixed(3), b.variance.toFixed(3), b.lower.toFixed(3), b.upper.toFixed(3)].join(',')); }
  return `${rows.join('\n')}\n`;
}
