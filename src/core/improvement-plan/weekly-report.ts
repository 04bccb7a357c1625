import { addDays, daysBetween, type IsoDate } from '../model/dates.ts';
import { board } from './board.ts';
import { describeChange } from './history.ts';
import { dayOf, type ActionStatus, type HistoryEntry, type ImprovementAction } from './plan.ts';
import { actionAsAt, actionRag, RAGS, type Rag } from './rag.ts';
import { byScore, riskRag, riskScore, type RiskRag } from './risk.ts';

/** How many open risks the report lists, highest first. */
export const TOP_RISKS = 10;

/**
 * The weekly report the improvement board reads: the week is the 7 days ending on `on` (from `since`,
 * exclusive). Each action's RAG now and a week ago shows what moved; the changes kept in the history
 * and the updates posted show what was done; then every overdue milestone and the top risks.
 */
export interface WeeklyReport {
  readonly on: IsoDate;
  readonly since: IsoDate;
  /** How many actions are red, amber, green and complete now, and a week ago. */
  readonly counts: Readonly<Record<Rag, number>>;
  readonly countsBefore: Readonly<Record<Rag, number>>;
  /** Every action, in board order. */
  readonly actions: readonly ReportAction[];
  /** Actions whose RAG is not what it was a week ago (from null: added this week). */
  readonly ragMoves: readonly { readonly actionId: number; readonly title: string; readonly from: Rag | null; readonly to: Rag }[];
  /** Everything changed in the week, oldest first: weekly updates, milestones added and done, risks, the actions themselves. */
  readonly changes: readonly { readonly actionId: number; readonly title: string; readonly by: string; readonly at: string; readonly what: string }[];
  readonly overdueMilestones: readonly { readonly actionId: number; readonly title: string; readonly owner: string; readonly milestone: string; readonly due: IsoDate; readonly daysOverdue: number }[];
  readonly topRisks: readonly ReportRisk[];
}

export interface ReportAction {
  readonly id: number;
  readonly title: string;
  readonly owner: string;
  readonly status: ActionStatus;
  readonly rag: Rag;
  readonly ragBefore: Rag | null;
  readonly reasons: readonly string[];
  readonly targetDate: IsoDate;
  readonly progress: number | null;
  readonly lastUpdate: { readonly by: string; readonly at: string; readonly summary: string } | null;
  readonly nextMilestone: { readonly title: string; readonly due: IsoDate } | null;
}

export interface ReportRisk {
  readonly actionId: number;
  readonly title: string;
  readonly description: string;
  readonly likelihood: number;
  readonly impact: number;
  readonly score: number;
  readonly rag: RiskRag;
  readonly mitigation: string;
  readonly owner: string;
}

/** The first moment of the week to `on` (history is kept in UTC): the report reads no change kept before it. */
export function weekStart(on: IsoDate): string {
  return `${addDays(on, -6)}T00:00:00.000Z`;
}

/** The report for the week to `on`; `history` must hold at least the changes kept since `weekStart(on)`. */
export function weeklyReport(actions: readonly ImprovementAction[], history: readonly HistoryEntry[], on: IsoDate): WeeklyReport {
  const since = addDays(on, -7);
  const rows = board(actions, on);
  const before = new Map(actions.map((a) => {
    const then = actionAsAt(a, since);
    return [a.id, then ? actionRag(then, since).rag : null] as const;
  }));
  const reportActions = rows.map(({ action: a, rag, lastUpdate, nextMilestone }): ReportAction => ({
    id: a.id, title: a.title, owner: a.owner, status: a.status, rag: rag.rag, ragBefore: before.get(a.id) ?? null, reasons: rag.reasons, targetDate: a.targetDate,
    progress: lastUpdate?.progress ?? null,
    lastUpdate: lastUpdate && { by: lastUpdate.by, at: lastUpdate.at, summary: lastUpdate.summary },
    nextMilestone: nextMilestone && { title: nextMilestone.title, due: nextMilestone.due },
  }));
  const byId = new Map(actions.map((a) => [a.id, a]));
  const inWeek = (at: string) => dayOf(at) > since && dayOf(at) <= on;
  return {
    on,
    since,
    counts: tally(reportActions.map((a) => a.rag)),
    countsBefore: tally(reportActions.flatMap((a) => (a.ragBefore ? [a.ragBefore] : []))),
    actions: reportActions,
    ragMoves: reportActions.filter((a) => a.rag !== a.ragBefore).map((a) => ({ actionId: a.id, title: a.title, from: a.ragBefore, to: a.rag })),
    changes: history
      .filter((h) => inWeek(h.at) && byId.has(h.actionId))
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((h) => ({ actionId: h.actionId, title: byId.get(h.actionId)!.title, by: h.by, at: h.at, what: describeChange(h, byId.get(h.actionId)) })),
    overdueMilestones: rows
      .flatMap(({ action: a, overdue }) => overdue.map((m) => ({ actionId: a.id, title: a.title, owner: a.owner, milestone: m.title, due: m.due, daysOverdue: daysBetween(m.due, on) })))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.actionId - b.actionId),
    topRisks: actions
      .flatMap((a) => byScore(a.risks).map((r) => ({ a, r })))
      .sort((x, y) => riskScore(y.r) - riskScore(x.r) || y.r.impact - x.r.impact || x.a.id - y.a.id || x.r.id - y.r.id)
      .slice(0, TOP_RISKS)
      .map(({ a, r }) => ({ actionId: a.id, title: a.title, description: r.description, likelihood: r.likelihood, impact: r.impact, score: riskScore(r), rag: riskRag(r), mitigation: r.mitigation, owner: r.owner })),
  };
}

function tally(rags: readonly Rag[]): Record<Rag, number> {
  const counts = Object.fromEntries(RAGS.map((r) => [r, 0])) as Record<Rag, number>;
  for (const r of rags) counts[r] += 1;
  return counts;
}
