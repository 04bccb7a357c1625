import { utils, write } from '@e965/xlsx';
import { longDate, STATUS_NAMES } from './plan.ts';
import { RAG_NAMES, RAGS, type Rag } from './rag.ts';
import { RISK_RAG_NAMES } from './risk.ts';
import type { WeeklyReport } from './weekly-report.ts';

const ragName = (r: Rag | null) => (r === null ? 'New' : RAG_NAMES[r]);
/** Date and time as the board reads it, in UTC: "2026-03-02 14:05". */
const stamp = (at: string) => `${at.slice(0, 10)} ${at.slice(11, 16)}`;

/**
 * The weekly report as an xlsx workbook, the same library and habits as the validation workbook:
 * a Summary sheet (RAG counts now and a week ago, what moved), then Actions, Changes, Overdue
 * milestones and Top risks, each a plain table with a filter so the board can sort it.
 */
export function weeklyReportWorkbook(report: WeeklyReport, council: string): Uint8Array {
  const book = utils.book_new();
  const summary = utils.aoa_to_sheet([
    [`Improvement plan: weekly report for council ${council}, week to ${longDate(report.on)}`],
    [],
    ['RAG', 'Actions now', 'A week ago'],
    ...RAGS.map((r) => [RAG_NAMES[r], report.counts[r], report.countsBefore[r]]),
    [],
    ['RAG moves this week'],
    ['Action', 'Title', 'From', 'To'],
    ...report.ragMoves.map((m) => [m.actionId, m.title, ragName(m.from), RAG_NAMES[m.to]]),
  ]);
  summary['!cols'] = [14, 60, 12, 12].map((wch) => ({ wch }));
  utils.book_append_sheet(book, summary, 'Summary');

  table(book, 'Actions', [8, 50, 20, 12, 10, 10, 12, 10, 60, 40, 12, 60], ['Action', 'Title', 'Owner', 'Status', 'RAG', 'Last week', 'Target date', 'Progress %', 'Why', 'Next milestone', 'Due', 'Last update'],
    report.actions.map((a) => [a.id, a.title, a.owner, STATUS_NAMES[a.status], RAG_NAMES[a.rag], ragName(a.ragBefore), a.targetDate, a.progress ?? '', a.reasons.join(' '), a.nextMilestone?.title ?? '', a.nextMilestone?.due ?? '',
      a.lastUpdate ? `${stamp(a.lastUpdate.at)} ${a.lastUpdate.by}: ${a.lastUpdate.summary}` : '']));
  table(book, 'Changes', [16, 8, 40, 16, 80], ['When (UTC)', 'Action', 'Title', 'By', 'What changed'], report.changes.map((c) => [stamp(c.at), c.actionId, c.title, c.by, c.what]));
  table(book, 'Overdue milestones', [8, 40, 20, 40, 12, 12], ['Action', 'Title', 'Owner', 'Milestone', 'Due', 'Days overdue'],
    report.overdueMilestones.map((m) => [m.actionId, m.title, m.owner, m.milestone, m.due, m.daysOverdue]));
  table(book, 'Top risks', [8, 40, 50, 10, 8, 8, 10, 50, 20], ['Action', 'Title', 'Risk', 'Likelihood', 'Impact', 'Score', 'Rating', 'Mitigation', 'Owner'],
    report.topRisks.map((r) => [r.actionId, r.title, r.description, r.likelihood, r.impact, r.score, RISK_RAG_NAMES[r.rag], r.mitigation, r.owner]));
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

function table(book: ReturnType<typeof utils.book_new>, name: string, widths: readonly number[], headings: readonly string[], rows: readonly (readonly (string | number)[])[]): void {
  const sheet = utils.aoa_to_sheet([[...headings], ...rows.map((r) => [...r])]);
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  sheet['!autofilter'] = { ref: utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: headings.length - 1 } }) };
  utils.book_append_sheet(book, sheet, name);
}
