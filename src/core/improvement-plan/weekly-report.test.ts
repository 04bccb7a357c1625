import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { read, utils } from '@e965/xlsx';
import type { HistoryEntry } from './plan.ts';
import { weeklyReportWorkbook } from './report-workbook.ts';
import { milestone, risk, testAction, update } from './test-actions.ts';
import { TOP_RISKS, weeklyReport, weekStart } from './weekly-report.ts';

const ON = '2026-03-20';

/** Three actions: one that went red this week, one put right this week, one added this week. */
const actions = [
  testAction({ id: 1, title: 'Supervision', updates: [update(1, '2026-03-12'), update(2, '2026-03-19')], milestones: [milestone(1, '2026-03-16')], risks: [risk(1, 3, 5), risk(2, 1, 2)] }),
  testAction({ id: 2, title: 'Return interviews', updates: [update(3, '2026-03-12'), update(4, '2026-03-18', 60)], milestones: [milestone(2, '2026-03-10', '2026-03-17'), milestone(3, '2026-05-01')], risks: [risk(3, 4, 4)] }),
  testAction({ id: 3, title: 'Front door', createdAt: '2026-03-18T08:00:00Z', startDate: '2026-03-18', updates: [], milestones: [milestone(4, '2026-03-02', null, '2026-03-18')] }),
];

const change = (actionId: number, at: string, e: Partial<HistoryEntry>): HistoryEntry => ({ actionId, entity: 'milestone', entityId: 1, change: 'created', before: null, after: {}, by: 'manager', at, ...e });
const history: HistoryEntry[] = [
  change(2, '2026-03-13T09:00:00Z', { entity: 'update', entityId: 3, change: 'posted', after: { summary: 'Too early', progress: 10 } }),
  change(2, '2026-03-17T09:00:00Z', { entityId: 2, change: 'completed', before: { doneOn: null }, after: { doneOn: '2026-03-17' } }),
  change(3, '2026-03-18T08:00:00Z', { entity: 'action', entityId: 3, after: { title: 'Front door', owner: 'Head of Service', targetDate: '2026-06-30' } }),
  change(2, '2026-03-18T10:00:00Z', { entity: 'update', entityId: 4, change: 'posted', after: { summary: 'Interviews offered within 72 hours', progress: 60 } }),
  change(1, '2026-03-21T09:00:00Z', { entity: 'update', entityId: 9, change: 'posted', after: { summary: 'After the week', progress: 70 } }),
];

describe('the weekly report', () => {
  const report = weeklyReport(actions, history, ON);

  it('covers the 7 days to the report date, listing every action in board order with its RAG now and a week ago', () => {
    assert.equal(report.since, '2026-03-13');
    assert.deepEqual(report.actions.map((a) => [a.id, a.rag, a.ragBefore]), [[3, 'red', null], [1, 'red', 'amber'], [2, 'green', 'red']]);
    assert.deepEqual(report.counts, { red: 2, amber: 0, green: 1, complete: 0 });
    assert.deepEqual(report.countsBefore, { red: 1, amber: 1, green: 0, complete: 0 });
    assert.equal(report.actions[2]!.progress, 60);
    assert.deepEqual(report.actions[2]!.nextMilestone, { title: 'Milestone 3', due: '2026-05-01' });
  });

  it('lists the RAG moves, and what changed in the week only, oldest first', () => {
    assert.deepEqual(report.ragMoves.map((m) => [m.actionId, m.from, m.to]), [[3, null, 'red'], [1, 'amber', 'red'], [2, 'red', 'green']]);
    assert.deepEqual(report.changes.map((c) => c.what), [
      'Milestone “Milestone 2” done on 17 March 2026',
      'Action added: “Front door”, owner Head of Service, target 30 June 2026',
      'Weekly update posted (60% complete): Interviews offered within 72 hours',
    ]);
  });

  it('lists overdue milestones most overdue first, and the top open risks by score', () => {
    assert.deepEqual(report.overdueMilestones.map((m) => [m.actionId, m.milestone, m.daysOverdue]), [[3, 'Milestone 4', 18], [1, 'Milestone 1', 4]]);
    assert.deepEqual(report.topRisks.map((r) => [r.actionId, r.score, r.rag]), [[2, 16, 'red'], [1, 15, 'red'], [1, 2, 'green']]);
    const many = testAction({ id: 9, risks: Array.from({ length: TOP_RISKS + 3 }, (_, i) => risk(i + 1, 2, 2)) });
    assert.equal(weeklyReport([many], [], ON).topRisks.length, TOP_RISKS);
  });

  it('makes an xlsx workbook with a sheet for each part', () => {
    const book = read(weeklyReportWorkbook(report, '806'), { type: 'array' });
    assert.deepEqual(book.SheetNames, ['Summary', 'Actions', 'Changes', 'Overdue milestones', 'Top risks']);
    const summary = utils.sheet_to_json<unknown[]>(book.Sheets.Summary!, { header: 1 });
    assert.match(String(summary[0]![0]), /council 806, week to 20 March 2026/);
    assert.deepEqual(summary[3], ['Red', 2, 1]);
    const rows = utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Actions!);
    assert.deepEqual(rows.map((r) => [r.Action, r.RAG, r['Last week']]), [[3, 'Red', 'New'], [1, 'Red', 'Amber'], [2, 'Green', 'Red']]);
    assert.equal(utils.sheet_to_json(book.Sheets['Top risks']!).length, 3);
  });
});

describe('the week the report reads', () => {
  it('starts at midnight (UTC) after the day a week before: a change kept then is reported, one a moment before is not', () => {
    const start = weekStart(ON);
    assert.equal(start, '2026-03-14T00:00:00.000Z');
    const edge = [
      change(1, '2026-03-13T23:59:59.999Z', { entity: 'update', entityId: 7, change: 'posted', after: { summary: 'Just before', progress: 20 } }),
      change(1, start, { entity: 'update', entityId: 8, change: 'posted', after: { summary: 'First moment', progress: 30 } }),
    ];
    assert.deepEqual(weeklyReport(actions, edge, ON).changes.map((c) => c.at), [start]);
  });
});
