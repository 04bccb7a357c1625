import { Command, Option } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { drift } from '../../core/drift/drift.ts';
import { driftSettings, type DriftSettings } from '../../core/drift/settings.ts';
import { allocationsOn, worklist, type Allocation, type WorklistEntry } from '../../core/drift/worklist.ts';
import type { IsoDate } from '../../core/model/dates.ts';
import { isoDateOption } from './command-options.ts';
import { councilSourceOptions, readCouncilFrom } from './council-returns.ts';
import { csv } from './indicators.ts';

interface Options {
  database?: string;
  data: string;
  at?: string;
  team?: string;
  worker?: string;
  format: 'table' | 'csv' | 'json';
  out?: string;
  la?: string;
  settings?: string;
  allocations?: string;
  late?: boolean;
}

/** `sightline drift FOLDER`: what is overdue or of concern, child by child, for a team or a worker. */
export function driftCommand(): Command {
  return councilSourceOptions(new Command('drift'))
    .description('drift worklist from the store (or a folder of returns): statutory timescales missed, counted in working days, and long-standing concerns')
    .option('--at <date>', 'date to compute at (default: the latest 31 March in the returns)', isoDate)
    .option('--team <team>', 'only this team\'s children (as the store allocates them, or from --allocations)')
    .option('--worker <id>', 'only this worker\'s children (SW_ID while looked after, else as the store allocates them, or from --allocations)')
    .option('--allocations <csv>', 'CSV with columns child, team, worker (otherwise the 903 social worker episodes give the worker while a child is looked after, and the store\'s allocations the rest)')
    .option('--settings <json>', 'JSON file of local timescales laid over the national defaults')
    .option('--late', 'include deadlines met late (shown for a few months after)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--out <path>', 'write to a file')
    .option('--la <code>', 'three-digit DfE code, when the returns do not say')
    .action(async (folder: string | undefined, opts: Options) => {
      process.exitCode = await run(folder, opts);
    });
}

const isoDate = isoDateOption('2026-03-31');

async function run(folder: string | undefined, opts: Options): Promise<number> {
  const council = await readCouncilFrom({ folder, database: opts.database, data: opts.data, la: opts.la });
  const at = opts.at ?? council.latestReferenceDate;
  if (!at || council.children.length === 0) {
    console.error(`${folder ?? 'the store'}: no CIN census or SSDA903 return found`);
    return 2;
  }
  const settings: DriftSettings = driftSettings(opts.settings ? (JSON.parse(await readFile(opts.settings, 'utf8')) as Parameters<typeof driftSettings>[0]) : {});
  const result = drift(council.children, at, { settings });
  const allocations = opts.allocations ? readAllocations(await readFile(opts.allocations, 'utf8')) : allocationsOn(council.children, at, council.allocations);
  const entries = worklist(result.items, { ...(opts.team ? { team: opts.team } : {}), ...(opts.worker ? { worker: opts.worker } : {}), includeLate: opts.late ?? false }, allocations);
  const text = opts.format === 'json'
    ? `${JSON.stringify({ la: council.la, at, items: entries, notRun: result.notRun.map((n) => ({ rule: n.rule.id, reason: n.reason })) })}\n`
    : opts.format === 'csv'
      ? csv([['severity', 'rule', 'child', 'team', 'worker', 'what', 'since', 'due', 'overdue working days', 'state', 'id'], ...entries.map((e) => [e.severity, e.rule, e.childId, e.team, e.worker, e.what, e.since, e.due, e.overdueWorkingDays, e.state, e.id])])
      : table(entries, council.la, at, result.notRun.map((n) => `${n.rule.title}: ${n.reason}`));
  if (opts.out) await writeFile(opts.out, text);
  else process.stdout.write(text);
  return 0;
}

function readAllocations(text: string): Map<string, Allocation> {
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  return new Map(data.filter((r) => r.child).map((r) => [r.child!.trim(), { team: r.team?.trim() || null, worker: r.worker?.trim() || null }]));
}

function table(entries: readonly WorklistEntry[], la: string, at: IsoDate, notRun: readonly string[]): string {
  const lines = [`Drift worklist for LA ${la} at ${at}: ${entries.length} item(s)`, ''];
  lines.push(['Severity', 'Child'.padEnd(12), 'Worker'.padEnd(12), 'Overdue'.padStart(8), 'Due'.padEnd(10), 'What'].join('  '));
  for (const e of entries) lines.push([e.severity.padEnd(8), e.childId.padEnd(12), e.worker.padEnd(12), `${e.overdueWorkingDays} wd`.padStart(8), e.due, e.what].join('  '));
  if (notRun.length) lines.push('', 'Not checked:', ...notRun.map((n) => `  ${n}`));
  return `${lines.join('\n')}\n`;
}
