import type { IsoDate } from '../model/dates.ts';
import type { ImprovementAction, Milestone, WeeklyUpdate } from './plan.ts';
import { actionRag, nextMilestone, overdueMilestones, type Rag, type RagResult } from './rag.ts';
import { byScore, riskRag, riskScore, type RiskRag } from './risk.ts';

/** One action as the board shows it. */
export interface BoardRow {
  readonly action: ImprovementAction;
  readonly rag: RagResult;
  /** Milestones past due and not done, most overdue first. */
  readonly overdue: readonly Milestone[];
  /** The day it first fell behind (its oldest overdue milestone's due date, or its passed target date), or null. */
  readonly behindSince: IsoDate | null;
  readonly nextMilestone: Milestone | null;
  readonly lastUpdate: WeeklyUpdate | null;
  /** The highest-scoring open risk's score and band, or null when it has none. */
  readonly topRisk: { readonly score: number; readonly rag: RiskRag } | null;
}

export function boardRow(action: ImprovementAction, today: IsoDate): BoardRow {
  const top = byScore(action.risks)[0];
  const overdue = overdueMilestones(action, today);
  const behind = [overdue[0]?.due, action.status !== 'complete' && action.targetDate < today ? action.targetDate : undefined].filter((d) => d !== undefined).sort();
  return {
    action,
    rag: actionRag(action, today),
    overdue,
    behindSince: behind[0] ?? null,
    nextMilestone: nextMilestone(action),
    lastUpdate: action.updates.at(-1) ?? null,
    topRisk: top ? { score: riskScore(top), rag: riskRag(top) } : null,
  };
}

const RANK: Readonly<Record<Rag, number>> = { red: 0, amber: 1, green: 2, complete: 3 };

/**
 * The board, what needs attention first: red, then amber, then green, then complete. Within a band,
 * the action overdue longest comes first (its oldest overdue milestone, or its passed target date),
 * then the one whose next milestone is soonest, then the order the actions were added.
 */
export function board(actions: readonly ImprovementAction[], today: IsoDate): BoardRow[] {
  return actions.map((a) => boardRow(a, today)).sort(boardOrder);
}

export function boardOrder(a: BoardRow, b: BoardRow): number {
  return RANK[a.rag.rag] - RANK[b.rag.rag] || compareDates(a.behindSince, b.behindSince) || compareDates(a.nextMilestone?.due ?? null, b.nextMilestone?.due ?? null) || a.action.id - b.action.id;
}

/** Earlier first; a missing date after every date. */
function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b);
}
