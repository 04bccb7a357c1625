import { utils, write } from '@e965/xlsx';
import type { ReadProblem } from '../model/problem.ts';
import type { Cell } from '../validation/types.ts';
import type { Finding, RuleOutcome, ValidationReport } from '../validation/results.ts';

/**
 * A validation report in the shapes people use: a summary per rule (count and children, worst first),
 * the findings cell by cell, and those two as CSV, JSON or an xlsx workbook with a Summary and a Detail
 * sheet, as council analysts expect. Pure, so the browser builds the same workbook for download.
 */
export interface RuleSummary {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly status: string;
  /** Why a rule did not run, or the error it failed with. */
  readonly note: string;
  readonly findings: number;
  readonly children: number;
  readonly howToFix: string;
}

export function ruleSummaries(report: ValidationReport): RuleSummary[] {
  const children = new Map<string, Set<string>>();
  for (const f of report.findings) {
    let set = children.get(f.rule);
    if (!set) children.set(f.rule, (set = new Set()));
    if (f.child !== undefined) set.add(f.child);
  }
  return report.outcomes
    .map((o) => ({
      code: o.code,
      severity: o.severity,
      message: o.message,
      status: o.status,
      note: noteOf(o),
      findings: 'findings' in o ? o.findings : 0,
      children: children.get(o.code)?.size ?? 0,
      howToFix: o.howToFix ?? '',
    }))
    .sort(worstFirst);
}

/** Errors before queries, then most findings, then failed or skipped rules (so they are not missed), then code order. */
function worstFirst(a: RuleSummary, b: RuleSummary): number {
  const weight = (r: RuleSummary) => (r.status === 'failed' ? 0 : r.findings > 0 ? (r.severity === 'error' ? 1 : 2) : r.status === 'skipped' ? 3 : 4);
  return weight(a) - weight(b) || b.findings - a.findings || 0;
}

function noteOf(o: RuleOutcome): string {
  if (o.status === 'failed') return `failed: ${o.error}`;
  if (o.status === 'skipped' || o.status === 'not-applicable') return o.reason;
  return '';
}

export interface FindingRow {
  readonly rule: string;
  readonly severity: string;
  readonly child: string;
  readonly table: string;
  readonly field: string;
  readonly value: string;
  readonly line: number | '';
  readonly message: string;
  readonly related: string;
}

export function findingRows(report: ValidationReport): FindingRow[] {
  return report.findings.map((f: Finding) => ({
    rule: f.rule,
    severity: f.severity,
    child: f.child ?? '',
    table: f.table,
    field: f.field,
    value: f.value ?? '',
    line: f.line ?? '',
    message: f.message,
    related: f.related.map(describeCell).join('; '),
  }));
}

export function describeCell(c: Cell): string {
  return `${c.child ? `child ${c.child} ` : ''}${c.table}/${c.field} = ${c.value ?? '(blank)'}${c.line !== undefined ? ` (line ${c.line})` : ''}`;
}

const SUMMARY_HEADINGS = ['Rule', 'Type', 'Message', 'Status', 'Note', 'Findings', 'Children', 'How to fix'];
const DETAIL_HEADINGS = ['Rule', 'Type', 'Child', 'Table', 'Field', 'Value', 'Line', 'Message', 'Related cells'];

const PROBLEM_HEADINGS = ['Severity', 'Kind', 'Line', 'Where', 'Field', 'Value', 'Child', 'Problem'];
const problemValues = (p: ReadProblem) => [p.severity, p.kind, p.line ?? '', p.path ?? '', p.field ?? '', p.value ?? '', p.child ?? '', p.message];

const summaryValues = (r: RuleSummary) => [r.code, r.severity, r.message, r.status, r.note, r.findings, r.children, r.howToFix];
const detailValues = (r: FindingRow) => [r.rule, r.severity, r.child, r.table, r.field, r.value, r.line, r.message, r.related];

/**
 * The workbook: Summary (one row per rule), Detail (one row per finding) and, when the reader found
 * any, Reading problems; the summary's title row names what was checked.
 */
export function validationWorkbook(report: ValidationReport, title: string, problems: readonly ReadProblem[] = []): Uint8Array {
  const book = utils.book_new();
  const summary = utils.aoa_to_sheet([[title], [], SUMMARY_HEADINGS, ...ruleSummaries(report).map(summaryValues)]);
  summary['!cols'] = [8, 6, 60, 14, 40, 9, 9, 60].map((wch) => ({ wch }));
  const detail = utils.aoa_to_sheet([DETAIL_HEADINGS, ...findingRows(report).map(detailValues)]);
  detail['!cols'] = [8, 6, 14, 18, 26, 16, 7, 60, 60].map((wch) => ({ wch }));
  detail['!autofilter'] = { ref: `A1:I${report.findings.length + 1}` };
  utils.book_append_sheet(book, summary, 'Summary');
  utils.book_append_sheet(book, detail, 'Detail');
  if (problems.length) {
    const reading = utils.aoa_to_sheet([PROBLEM_HEADINGS, ...problems.map(problemValues)]);
    reading['!cols'] = [8, 16, 7, 40, 22, 16, 14, 80].map((wch) => ({ wch }));
    utils.book_append_sheet(book, reading, 'Reading problems');
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export function findingsCsv(report: ValidationReport): string {
  return [DETAIL_HEADINGS, ...findingRows(report).map(detailValues)].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The report as text for a terminal: rules grouped worst first, each with its count, children, how to
 * fix it and its first findings; then every rule that did not run, with the reason.
 */
export function findingsTable(report: ValidationReport, perRule = 5): string {
  const rows = findingRows(report);
  const byRule = new Map<string, FindingRow[]>();
  for (const r of rows) {
    const list = byRule.get(r.rule);
    if (list) list.push(r);
    else byRule.set(r.rule, [r]);
  }
  const out: string[] = [];
  const c = report.counts;
  out.push(`${c.records} children checked: ${c.errors} errors, ${c.queries} queries. Rules: ${c.ran} ran, ${c.notApplicable} not applicable this year, ${c.skipped} skipped, ${c.failed} failed.`);
  for (const s of ruleSummaries(report)) {
    if (s.findings === 0 && s.status !== 'failed') continue;
    out.push('', `${s.code} ${s.severity.toUpperCase()}: ${s.message}`, `  ${s.findings} finding${s.findings === 1 ? '' : 's'}, ${s.children} child${s.children === 1 ? '' : 'ren'}${s.note ? ` (${s.note})` : ''}`);
    if (s.howToFix) out.push(`  How to fix: ${s.howToFix}`);
    for (const r of (byRule.get(s.code) ?? []).slice(0, perRule)) {
      out.push(`  - ${r.child ? `child ${r.child}, ` : ''}${r.line !== '' ? `line ${r.line}, ` : ''}${r.table}/${r.field} = ${r.value || '(blank)'}${r.related ? `; related: ${r.related}` : ''}`);
    }
    const more = (byRule.get(s.code)?.length ?? 0) - perRule;
    if (more > 0) out.push(`  … and ${more} more`);
  }
  const notRun = ruleSummaries(report).filter((s) => s.status === 'skipped');
  if (notRun.length) {
    out.push('', `Rules skipped (${notRun.length}):`);
    for (const s of notRun) out.push(`  ${s.code}: ${s.note}`);
  }
  return `${out.join('\n')}\n`;
}
