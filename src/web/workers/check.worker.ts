/// <reference lib="webworker" />
import { readCin } from '../../core/formats/cin/index.ts';
import { detectFileKind } from '../../core/formats/detect.ts';
import { guess903Year, read903, yearFromPath } from '../../core/formats/ssda903/index.ts';
import { count903, countCinChild, emptyCinCounts } from '../../core/formats/summary.ts';
import type { CollectionYear } from '../../core/model/collection-year.ts';
import { findingRows, ruleSummaries, validationWorkbook } from '../../core/reports/validation-report.ts';
import { createCinValidator, type CinValidator } from '../../core/validation/cin-validator.ts';
import type { ValidationReport } from '../../core/validation/results.ts';
import { validate903Return } from '../../core/validation/ssda903-validator.ts';
import type { CheckMessage, CheckRequest, ReturnReport } from './check-messages.ts';

/**
 * Reads and validates dropped returns inside the browser, off the page's thread, so that a large census
 * neither freezes the page nor leaves the analyst's machine.
 */
const post = (message: CheckMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });
const SHOWN = 1000;

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  check(event.data).then(
    () => post({ type: 'done' }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});

async function check({ files, year }: CheckRequest): Promise<void> {
  const tables: File[] = [];
  for (const file of files) {
    const kind = detectFileKind(new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
    if (kind === 'cin-census-xml') send(await checkCin(file, year));
    else if (kind === 'csv' || kind === 'ssda903-xml') tables.push(file);
    else send({ name: file.name, kind, counts: [], problems: [], notes: [], unreadable: true });
  }
  if (tables.length) send(await check903(tables, year));
}

function send(report: ReturnReport): void {
  post({ type: 'report', report }, report.validation ? [report.validation.workbook.buffer as ArrayBuffer] : []);
}

async function checkCin(file: File, year: CollectionYear | undefined): Promise<ReturnReport> {
  const counts = emptyCinCounts();
  let validator: CinValidator | null = null;
  const result = await readCin(chunks(file.stream()), {
    file: file.name,
    ...(year ? { year } : {}),
    onHeader: (header, y) => {
      if (y) validator = createCinValidator({ year: y, header });
    },
    onChild: (child) => {
      countCinChild(counts, child);
      validator?.child(child);
    },
    onProgress: (done) => post({ type: 'progress', done, total: file.size, file: file.name }),
  });
  const started = validator as CinValidator | null;
  const title = `CIN census ${result.year ?? ''}, ${file.name}`;
  return {
    name: file.name,
    kind: 'cin-census-xml',
    dataset: 'cin',
    year: result.year,
    la: result.header?.LEA ?? null,
    counts: [
      ['Children', counts.children],
      ['CIN episodes', counts.CINdetails],
      ['Open CIN episodes', counts.open],
      ['Assessments', counts.Assessments],
      ['CIN plans', counts.CINPlanDates],
      ['Section 47 enquiries', counts.Section47],
      ['Child protection plans', counts.ChildProtectionPlans],
      ['Child protection reviews', counts.CPPreviews],
    ],
    problems: result.problems,
    notes: started ? [] : ['The census year is not known, so the DfE rules could not be run: choose the year and check again.'],
    unreadable: result.unreadable,
    ...(started ? { validation: summarise(started.finish(result.header), title, result.problems) } : {}),
  };
}

async function check903(files: readonly File[], asked: CollectionYear | undefined): Promise<ReturnReport> {
  const texts = await Promise.all(files.map(async (f) => ({ name: f.name, content: new Uint8Array(await f.arrayBuffer()) })));
  const named = files.map((f) => yearFromPath(f.name)).find((y) => y !== null) ?? null;
  const year = asked ?? named ?? guess903Year(texts);
  const notes = !asked && !named && year ? [`No year was chosen and the file names do not say one: read as ${year}, the year of the latest episode date.`] : [];
  const { return: ret, problems } = read903(texts, year ? { year } : {});
  const name = files.map((f) => f.name).join(', ');
  if (!ret) return { name, kind: 'csv', dataset: 'ssda903', counts: [], problems, notes, unreadable: true };
  const { children, rows } = count903(ret);
  return {
    name,
    kind: 'csv',
    dataset: 'ssda903',
    year: ret.year,
    la: ret.la,
    counts: [['Children', children], ...Object.entries(rows).filter(([t]) => !(ret.absent as readonly string[]).includes(t))],
    problems,
    notes,
    unreadable: false,
    validation: summarise(validate903Return(ret), `SSDA903 ${ret.year}, ${name}`, problems),
  };
}

function summarise(report: ValidationReport, title: string, problems: ReturnReport['problems']): NonNullable<ReturnReport['validation']> {
  return {
    counts: report.counts,
    rules: ruleSummaries(report),
    findings: findingRows(report).slice(0, SHOWN),
    workbook: validationWorkbook(report, title, problems),
  };
}

/** A browser stream as the async iterable the core readers take. */
async function* chunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
