import { Command } from 'commander';
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import { readCin } from '../../core/formats/cin/index.ts';
import { detectFileKind } from '../../core/formats/detect.ts';
import { guess903Year, read903, yearFromPath, type TextFile } from '../../core/formats/ssda903/index.ts';
import { parseCollectionYear } from '../../core/model/collection-year.ts';
import { countCinChild, count903, emptyCinCounts, tallyProblems } from '../../core/formats/summary.ts';
import { describeProblem, type ReadProblem } from '../../core/model/problem.ts';
import { filesIn, readHead, readTextFiles, streamFile } from '../files.ts';
import { progressBar } from '../progress.ts';

/**
 * `sightline inspect PATH…`: what a return holds and what the reader could not take, before anyone
 * validates or imports it. A folder of CSV tables is one SSDA903 return; each XML file is read on its own.
 */
export function inspectCommand(): Command {
  return new Command('inspect')
    .description('summarise a CIN census (XML) or an SSDA903 return (CSV tables, or a folder of them): children, episodes, problems')
    .argument('<paths...>', 'files or folders')
    .option('--year <year>', 'collection year, e.g. 2025/26, when the file does not say')
    .option('--problems <n>', 'how many problems to list', '20')
    .action(async (paths: string[], opts: { year?: string; problems: string }) => {
      const limit = Number(opts.problems);
      let failed = false;
      for (const path of paths) {
        if (!(await exists(path))) {
          console.error(`${path}: no such file or folder`);
          failed = true;
          continue;
        }
        const files = await filesIn(path);
        const csvs: string[] = [];
        for (const file of files) {
          const kind = detectFileKind(await readHead(file));
          if (kind === 'cin-census-xml') await inspectCin(file, limit);
          else if (kind === 'csv') csvs.push(file);
          else if (kind === 'ssda903-xml') inspect903(file, await readTextFiles([file]), limit, opts.year);
          else console.log(`${file}: ${describeKind(kind)}\n`);
        }
        if (csvs.length) inspect903(path, await readTextFiles(csvs), limit, opts.year);
      }
      if (failed) process.exitCode = 2;
    });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

function describeKind(kind: string): string {
  switch (kind) {
    case 'ssda903-xml': return 'an SSDA903 return in the XML layout; Sightline reads the CSV tables (export them from your case management system).';
    case 'xlsx': return 'a workbook (xlsx). Annex A workbooks are read by `sightline import annex-a`; an SSDA903 table must be saved as CSV.';
    case 'xml': return 'an XML file that is not a CIN census (its root element is not <Message>).';
    default: return 'not a return Sightline recognises (neither a CIN census XML nor SSDA903 CSV tables).';
  }
}

async function inspectCin(file: string, limit: number): Promise<void> {
  const { chunks, size } = await streamFile(file);
  const counts = emptyCinCounts();
  const bar = progressBar(`Reading ${basename(file)}`, size, 'bytes');
  const result = await readCin(chunks, { file, onChild: (child) => countCinChild(counts, child), onProgress: (n) => bar.update(n) });
  bar.stop();
  const h = result.header;
  console.log(`${file}: CIN census ${result.year ?? '(year unknown)'}, LA ${h?.LEA ?? 'not given'}, reference date ${h?.ReferenceDate ?? 'not given'}`);
  console.log(`  children ${counts.children}; CIN episodes ${counts.CINdetails} (${counts.open} open); assessments ${counts.Assessments}; CIN plans ${counts.CINPlanDates}; section 47 enquiries ${counts.Section47}; CP plans ${counts.ChildProtectionPlans} (reviews ${counts.CPPreviews})`);
  report(result.problems, limit);
  if (result.unreadable) process.exitCode = 2;
}

function inspect903(path: string, files: TextFile[], limit: number, year?: string): void {
  const declared = (year ? parseCollectionYear(year) : null) ?? yearFromPath(path) ?? guess903Year(files);
  if (declared && !year && !yearFromPath(path)) console.log(`${path}: no year given or in the file names; read as ${declared}, the year of its latest episode date (--year to choose)`);
  const { return: ret, problems } = read903(files, declared ? { year: declared } : {});
  if (!ret) {
    console.log(`${path}: could not be read as an SSDA903 return`);
    report(problems, limit);
    process.exitCode = 2;
    return;
  }
  const { children, rows } = count903(ret);
  console.log(`${path}: SSDA903 ${ret.year}; children ${children}; episodes ${rows.episodes}`);
  console.log(`  rows: ${Object.entries(rows).filter(([t]) => !(ret.absent as readonly string[]).includes(t)).map(([t, n]) => `${t} ${n}`).join(', ')}`);
  if (ret.absent.length) console.log(`  tables not given: ${ret.absent.join(', ')}`);
  report(problems, limit);
}

function report(problems: readonly ReadProblem[], limit: number): void {
  if (!problems.length) {
    console.log('  no problems found by the reader\n');
    return;
  }
  console.log(`  problems: ${tallyProblems(problems).map((t) => `${t.count} ${t.severity} ${t.kind}`).join(', ')}`);
  for (const p of problems.slice(0, limit)) console.log(`  - ${describeProblem(p)}`);
  if (problems.length > limit) console.log(`  … and ${problems.length - limit} more (--problems N to list more)`);
  console.log('');
}
