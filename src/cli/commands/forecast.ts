import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { guess903Year, read903, yearFromPath } from '../../core/formats/ssda903/index.ts';
import { backtest } from '../../core/forecast/backtest.ts';
import { demandDataFromReturns, demandDataFromStackedCsv, DemandCsvError, type DemandData } from '../../core/forecast/demand-data.ts';
import { forecastWorkbook } from '../../core/forecast/export.ts';
import { forecast, type ForecastOptions, type ForecastResult } from '../../core/forecast/forecast.ts';
import { checkScenarioSettings, forecastOptionsOf, type ScenarioSettings } from '../../core/forecast/scenario.ts';
import { backtestView, forecastView } from '../../core/forecast/view.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { storedDemandData } from '../../store/forecast-episodes.ts';
import { scenarioNamed } from '../../store/forecast-scenarios.ts';
import { openDatabase } from '../../store/database.ts';
import { defaultDataDir, migrated, openStore } from '../../store/open-store.ts';
import { isoDateOption } from './command-options.ts';
import type { Ssda903Return } from '../../core/model/ssda903.ts';
import { readTextFiles } from '../files.ts';

type Format = 'table' | 'csv' | 'json' | 'xlsx';

interface Options {
  from: string;
  data: string;
  la?: string;
  scenario?: string;
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

/** The model's own options, which a saved scenario (--scenario) sets instead. */
const MODEL_OPTIONS = ['reference', 'start', 'months', 'costs', 'provision', 'uasc'] as const;

/** `sightline forecast --from DIR_OR_STORE`: the care population and placement spend forecast. */
export function forecastCommand(): Command {
  return new Command('forecast')
    .description('forecast the children looked after population by placement type, and its weekly-cost spend, from several years of SSDA903 returns')
    .requiredOption('--from <dir|store|url>', 'a folder of per-year SSDA903 CSV folders (as `sightline generate` writes them) or of stacked regional-format CSVs (episodes.csv, header.csv, uasc.csv with a YEAR column); or the store: "store" (DATABASE_URL, else PGlite in --data), a PGlite data folder, or a postgres:// URL')
    .option('--data <dir>', 'PGlite data folder, with --from store', defaultDataDir)
    .option('--la <code>', 'the council, when the store holds several')
    .option('--scenario <name>', "run a scenario saved in the store (its dates, provision, changes and costs replace the options below)")
    .option('--reference <from..to>', 'window the rates are fitted on, e.g. 2022-04-01..2024-03-31 (default: all the data)', window)
    .option('--start <date>', 'forecast start (default: the end of the data, 31 March)', isoDate)
    .option('--months <n>', 'horizon in months, at most 48', whole, 24)
    .option('--costs <file>', 'local costs: JSON {"weekly": {"Fostering (IFA)": 900, …}, "shares": {…}, "inflation": 0.05}, or CSV item,weekly')
    .option('--provision', 'model in-house and external provision as separate placement categories')
    .addOption(new Option('--uasc <which>', 'unaccompanied asylum-seeking children').choices(['all', 'only', 'exclude']).default('all'))
    .option('--simulate <runs>', 'add a simulated 95% band from this many seeded runs', whole)
    .option('--seed <n>', 'seed of the simulation', whole, 1)
    .option('--backtest', 'also fit on the two years ending 12 months before the data ends and report the error of a 12-month forecast')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
    .option('--out <path>', 'write to a file (xlsx needs one)')
    .action(async (opts: Options, command: Command) => {
      const given = MODEL_OPTIONS.filter((o) => command.getOptionValueSource(o) === 'cli');
      process.exitCode = await run(opts, given);
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

class SourceError extends Error {}

async function run(opts: Options, modelOptionsGiven: readonly string[]): Promise<number> {
  if (opts.format === 'xlsx' && !opts.out) {
    console.error('--format xlsx needs --out FILE');
    return 2;
  }
  if (opts.scenario && modelOptionsGiven.length > 0) {
    console.error(`--scenario sets the forecast's own ${modelOptionsGiven.map((o) => `--${o}`).join(', ')}: leave ${modelOptionsGiven.length > 1 ? 'them' : 'it'} out, or change the scenario`);
    return 2;
  }
  let loaded: Loaded;
  let costs: ForecastOptions['costs'];
  try {
    loaded = await loadSource(opts);
    costs = opts.costs ? await readCosts(opts.costs) : undefined;
  } catch (e) {
    if (!(e instanceof DemandCsvError || e instanceof CostsFileError || e instanceof SourceError || (e as NodeJS.ErrnoException).code)) throw e;
    console.error(`${opts.from}: ${(e as Error).message}`);
    return 2;
  }
  const { data, scenario } = loaded;
  if (data.episodes.length === 0) {
    console.error(`${opts.from}: no SSDA903 episodes found`);
    return 2;
  }
  const provision = scenario ? scenario.settings.provision : (opts.provision ?? false);
  const uasc = scenario ? scenario.settings.uasc : opts.uasc;
  const options: ForecastOptions = {
    ...(scenario
      ? forecastOptionsOf(scenario.settings)
      : { months: opts.months, uasc, withProvision: provision, ...(opts.reference ? { reference: opts.reference } : {}), ...(opts.start ? { start: opts.start } : {}), ...(costs ? { costs } : {}) }),
    ...(opts.simulate ? { simulation: { runs: opts.simulate, seed: opts.seed } } : {}),
  };
  const outcome = forecast(data, options);
  for (const note of outcome.ok ? outcome.result.notes : outcome.notes) console.error(`note: ${note}`);
  if (!outcome.ok) {
    for (const error of outcome.errors) console.error(`error: ${error}`);
    return 2;
  }
  const tested = opts.backtest || opts.format === 'xlsx' ? backtest(data, { uasc, withProvision: provision }) : null;
  if (tested && 'error' in tested) console.error(`backtest: ${tested.error}`);
  const result = outcome.result;
  const rendered = opts.format === 'xlsx'
    ? forecastWorkbook(forecastView(result, scenario?.settings ?? settingsOf(options), backtestView(tested!), scenario ? { id: scenario.id, name: scenario.name } : null), null)
    : opts.format === 'json'
      ? `${JSON.stringify({ ...result, ...(tested && !('error' in tested) ? { backtest: tested } : {}) })}\n`
      : opts.format === 'csv' ? csv(result) : table(result, tested && !('error' in tested) ? tested : null, scenario?.name ?? null);
  if (opts.out) await writeFile(opts.out, rendered);
  else process.stdout.write(rendered);
  return 0;
}

/** The settings the command line's options amount to, for the workbook's account of them. */
function settingsOf(options: ForecastOptions): ScenarioSettings {
  const checked = checkScenarioSettings({
    reference: options.reference ?? null, start: options.start ?? null, months: options.months, provision: options.withProvision, uasc: options.uasc,
    costs: { weekly: options.costs?.weekly ?? {}, shares: options.costs?.shares ?? {}, inflation: options.costs?.inflation ?? null },
  });
  if (!checked.ok) throw new Error(checked.errors.join('; '));
  return checked.settings;
}

interface Loaded {
  readonly data: DemandData;
  readonly scenario: { readonly id: number; readonly name: string; readonly settings: ScenarioSettings } | null;
}

/**
 * What --from names: a postgres:// URL, "store" (the store the other commands use) or a PGlite data
 * folder (it has a PG_VERSION file) is read through the store: the council's current SSDA903 returns,
 * and a saved scenario if one is named. Any other folder is read as files.
 */
async function loadSource(opts: Options): Promise<Loaded> {
  const url = /^postgres(ql)?:\/\//.test(opts.from) ? opts.from : undefined;
  const pgliteFolder = !url && opts.from !== 'store' && existsSync(join(opts.from, 'PG_VERSION'));
  if (!url && !pgliteFolder && opts.from !== 'store') {
    if (opts.scenario) throw new SourceError('--scenario needs the store: give --from store (or a PGlite data folder, or a postgres:// URL)');
    return { data: await readDemandData(opts.from), scenario: null };
  }
  // A PGlite folder named outright is that folder, whatever DATABASE_URL says.
  const db = pgliteFolder ? await migrated(await openDatabase({ dataDir: opts.from })) : await openStore({ url, dataDir: opts.data });
  try {
    const councils = (await db.query<{ la: string }>("select distinct la from returns where dataset = 'ssda903' and superseded_by is null order by la")).map((r) => r.la);
    const la = opts.la ?? (councils.length === 1 ? councils[0] : undefined);
    if (!la || !councils.includes(la)) {
      const held = councils.join(', ') || 'none';
      throw new SourceError(opts.la ? `the store holds no SSDA903 returns of council ${opts.la} (it holds: ${held})` : `the store holds SSDA903 returns of ${councils.length > 1 ? `several councils (${held}): choose one with --la` : 'no council'}`);
    }
    const data = (await storedDemandData(db, la)).data;
    if (!opts.scenario) return { data, scenario: null };
    const saved = await scenarioNamed(db, la, opts.scenario);
    if (!saved) throw new SourceError(`council ${la} has no scenario called "${opts.scenario}"`);
    const checked = checkScenarioSettings(saved.settings);
    if (!checked.ok) throw new SourceError(`the scenario "${saved.name}" no longer reads: ${checked.errors.join('; ')}`);
    return { data, scenario: { id: saved.id, name: saved.name, settings: checked.settings } };
  } finally {
    await db.close();
  }
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

function table(r: ForecastResult, tested: ReturnType<typeof backtest> | null, scenario: string | null): string {
  const lines = [`${scenario ? `Scenario "${scenario}": forecast` : 'Forecast'} of children looked after from ${r.start} to ${r.end} (rates fitted on ${r.reference.from} to ${r.reference.to}; data ${r.dataStart} to ${r.dataEnd})`, ''];
  lines.push(['date'.padEnd(10), ...r.groups.map((g) => g.padStart(22))].join(' '));
  for (const p of [r.scenario.daily[0]!, ...r.scenario.quarterly]) {
    lines.push([p.date, ...r.groups.map((g) => { const b = p.groups[g]!; return `${b.mean.toFixed(1)} ± ${(b.upper - b.mean).toFixed(1)}`.padStart(22); })].join(' '));
  }
  if (r.simulation) {
    lines.push('', `Simulated 95% band (${r.simulation.runs} runs, seed ${r.simulation.seed}), Total: ${r.simulation.daily.filter((_, d) => d > 0 && d % 91 === 0).map((p) => `${p.date} ${p.groups.Total!.lower}–${p.groups.Total!.upper}`).join(', ')}`);
  }
  lines.push('', 'Costs by quarter:');
  for (const q of r.scenario.costs.quarters) lines.push(`  ${q.quarter.padEnd(8)} ${money(q.total).padStart(14)}`);
  lines.push(`Year one: ${money(r.scenario.costs.yearOne)}${r.base ? ` (without the scenario's changes: ${money(r.base.costs.yearOne)})` : ''}`, '', 'Weekly costs used:');
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
