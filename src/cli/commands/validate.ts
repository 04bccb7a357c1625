import { Command, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCin, readCinCensus } from '../../core/formats/cin/index.ts';
import { guess903Year, read903, yearFromPath } from '../../core/formats/ssda903/index.ts';
import { parseCollectionYear, type CollectionYear } from '../../core/model/collection-year.ts';
import { describeProblem, type ReadProblem } from '../../core/model/problem.ts';
import { findingsCsv, findingsTable, validationWorkbook } from '../../core/reports/validation-report.ts';
import { createCinValidator, indexPreviousCensus, type CinValidator } from '../../core/validation/cin-validator.ts';
import type { ValidationReport } from '../../core/validation/results.ts';
import { validate903Return } from '../../core/validation/ssda903-validator.ts';
import { filesIn, readTextFiles, streamFile } from '../files.ts';
import { progressBar } from '../progress.ts';

type Format = 'table' | 'csv' | 'json' | 'xlsx';
interface Options {
  previous?: string;
  year?: string;
  format: Format;
  out?: string;
}

/**
 * `sightline validate cin|903`: every DfE rule for the year, reported cell by cell. Exit status 0 when
 * there are no errors (queries may remain), 1 when there are errors, 2 when the return could not be read.
 */
export function validateCommand(): Command {
  const common = (c: Command) =>
    c
      .option('--year <year>', 'collection year, e.g. 2025/26, when the files do not say')
      .addOption(new Option('--format <format>', 'report format').choices(['table', 'csv', 'json', 'xlsx']).default('table'))
      .option('--out <path>', 'write the report to a file (xlsx needs one)');
  const validate = new Command('validate').description('check a return against every DfE validation rule');
  validate.addCommand(
    common(new Command('cin').description('validate a CIN census (XML)').argument('<file>', 'the census XML file'))
      .option('--previous <file>', "last year's census, for the rules that compare years")
      .action(async (file: string, opts: Options) => exit(await validateCin(file, opts))),
  );
  validate.addCommand(
    common(new Command('903').description('validate an SSDA903 return (CSV tables, a folder of them, or the XML layout)').argument('<paths...>', 'files or folders'))
      .option('--previous <path>', "last year's return (a folder or file), for the rules that compare years")
      .action(async (paths: string[], opts: Options) => exit(await validate903(paths, opts))),
  );
  return validate;
}

function exit(status: number): void {
  process.exitCode = status;
}

async function validateCin(file: string, opts: Options): Promise<number> {
  const declared = yearOption(opts.year);
  const previous = opts.previous ? await readCinCensus((await streamFile(opts.previous)).chunks, { file: opts.previous }) : null;
  if (opts.previous && !previous?.census) {
    console.error(`${opts.previous}: last year's census could not be read`);
    return 2;
  }
  const { chunks, size } = await streamFile(file);
  const bar = progressBar(`Validating ${basename(file)}`, size, 'bytes');
  let validator: CinValidator | null = null;
  const read = await readCin(chunks, {
    file,
    ...(declared ? { year: declared } : {}),
    onProgress: (n) => bar.update(n),
    onHeader: (header, year) => {
      if (year) validator = createCinValidator({ year, header, ...(previous?.census ? { previous: indexPreviousCensus(previous.census) } : {}) });
    },
    onChild: (child) => validator?.child(child),
  });
  bar.stop();
  const started = validator as CinValidator | null;
  if (read.unreadable || !started) {
    for (const p of read.problems.slice(0, 20)) console.error(describeProblem(p));
    console.error(`${file}: could not be validated${read.year ? '' : ' (its collection year is not known: give --year)'}`);
    return 2;
  }
  const report = started.finish(read.header);
  return output(report, read.problems, `CIN census ${read.year}, ${basename(file)}`, opts);
}

async function validate903(paths: string[], opts: Options): Promise<number> {
  const load = async (list: string[], year: CollectionYear | null) => {
    const files = await readTextFiles((await Promise.all(list.map(filesIn))).flat().filter((f) => /\.(csv|xml)$/i.test(f)));
    const chosen = year ?? list.map(yearFromPath).find((y) => y !== null) ?? guess903Year(files);
    return { ...read903(files, chosen ? { year: chosen } : {}), files };
  };
  const current = await load(paths, yearOption(opts.year));
  if (!current.return) {
    for (const p of current.problems.slice(0, 20)) console.error(describeProblem(p));
    console.error('the SSDA903 return could not be read');
    return 2;
  }
  const previous = opts.previous ? await load([opts.previous], previousYear(current.return.year)) : null;
  const report = validate903Return(current.return, previous?.return ? { previous: previous.return } : {});
  return output(report, current.problems, `SSDA903 ${current.return.year}, ${paths.map((p) => basename(p)).join(', ')}`, opts);
}

function previousYear(year: CollectionYear): CollectionYear {
  return `${Number(year.slice(0, 4)) - 1}/${year.slice(2, 4)}` as CollectionYear;
}

function yearOption(text: string | undefined): CollectionYear | null {
  if (!text) return null;
  const year = parseCollectionYear(text);
  if (!year) throw new Error(`--year ${text} is not a collection year (write it as 2025/26)`);
  return year;
}

async function output(report: ValidationReport, problems: readonly ReadProblem[], title: string, opts: Options): Promise<number> {
  // No rule could run (a year Sightline has no rules for): nothing was validated.
  const status = report.counts.ran === 0 ? 2 : report.counts.errors > 0 || problems.some((p) => p.severity === 'error') ? 1 : 0;
  if (opts.format === 'xlsx') {
    if (!opts.out) throw new Error('--format xlsx needs --out FILE.xlsx');
    await writeFile(opts.out, validationWorkbook(report, title, problems));
    console.log(`${title}: ${report.counts.errors} errors, ${report.counts.queries} queries → ${opts.out}`);
    return status;
  }
  const text =
    opts.format === 'json'
      ? `${JSON.stringify({ title, counts: report.counts, outcomes: report.outcomes, findings: report.findings, problems }, null, 2)}\n`
      : opts.format === 'csv'
        ? findingsCsv(report)
        : `${title}\n${problems.length ? `Reading problems (${problems.length}):\n${problems.slice(0, 20).map((p) => `  ${describeProblem(p)}`).join('\n')}\n` : ''}${findingsTable(report)}`;
  if (opts.out) await writeFile(opts.out, text);
  else process.stdout.write(text);
  return status;
}
