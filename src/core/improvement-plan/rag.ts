import { addDays, daysBetween, type IsoDate } from '../model/dates.ts';
import { dayOf, longDate, type ImprovementAction, type Milestone } from './plan.ts';

/** An action's rating: red, amber or green while it is open; complete once done (shown blue). */
export const RAGS = ['red', 'amber', 'green', 'complete'] as const;
export type Rag = (typeof RAGS)[number];

export const RAG_NAMES: Readonly<Record<Rag, string>> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete' };

/**
 * The plan is monitored weekly, so an update is expected every 7 days: one week missed is a warning
 * (amber), two weeks missed means nobody is reporting on the action (red). A milestone falling due
 * within the next 7 days will be due before next week's review, so it needs attention now (amber).
 */
export const DUE_SOON_DAYS = 7;
export const UPDATE_EXPECTED_DAYS = 7;
export const UPDATE_OVERDUE_DAYS = 14;

export interface RagResult {
  readonly rag: Rag;
  /** Why it is red or amber, in words, worst first (empty when green or complete). */
  readonly reasons: readonly string[];
}

/**
 * An action's RAG on `today`, worked out from its milestones, target date and updates, never set by
 * hand (a rating someone types in drifts from the facts):
 * - complete: the action is marked complete.
 * - red: a milestone is past its due date (due before today) and not done; or the target date has
 *   passed; or the action has started and had no update for more than UPDATE_OVERDUE_DAYS (14) days.
 * - amber: a milestone not done, or the target date, falls due within DUE_SOON_DAYS (7) days, today
 *   included; or no update for more than UPDATE_EXPECTED_DAYS (7) days.
 * - green: otherwise.
 * Silence is counted from the last update or, before the first, from the later of the start date and
 * the day the action was added: nothing is expected of an action that has not begun.
 */
export function actionRag(action: ImprovementAction, today: IsoDate): RagResult {
  if (action.status === 'complete') return { rag: 'complete', reasons: [] };
  const red: string[] = [];
  const amber: string[] = [];
  for (const m of overdueMilestones(action, today)) red.push(`Milestone “${m.title}” was due on ${longDate(m.due)} and is not done.`);
  if (action.targetDate < today) red.push(`The target date, ${longDate(action.targetDate)}, has passed.`);
  const soon = addDays(today, DUE_SOON_DAYS);
  for (const m of action.milestones) {
    if (m.doneOn === null && m.due >= today && m.due <= soon) amber.push(`Milestone “${m.title}” is due on ${longDate(m.due)}.`);
  }
  if (action.targetDate >= today && action.targetDate <= soon) amber.push(`The target date, ${longDate(action.targetDate)}, is within ${DUE_SOON_DAYS} days.`);
  const silent = silentDays(action, today);
  if (silent > UPDATE_OVERDUE_DAYS) red.push(`No update for ${silent} days.`);
  else if (silent > UPDATE_EXPECTED_DAYS) amber.push(`No update for ${silent} days.`);
  if (red.length) return { rag: 'red', reasons: [...red, ...amber] };
  if (amber.length) return { rag: 'amber', reasons: amber };
  return { rag: 'green', reasons: [] };
}

/** Milestones past their due date and not done, most overdue first. */
export function overdueMilestones(action: ImprovementAction, today: IsoDate): Milestone[] {
  return action.milestones.filter((m) => m.doneOn === null && m.due < today).sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id);
}

/** The next milestone not done (the earliest due), or null. */
export function nextMilestone(action: ImprovementAction): Milestone | null {
  return action.milestones.filter((m) => m.doneOn === null).sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id)[0] ?? null;
}

/** Days since anyone last said how the action is going (0 before it starts). */
export function silentDays(action: ImprovementAction, today: IsoDate): number {
  if (action.startDate > today) return 0;
  const last = action.updates.at(-1);
  const created = dayOf(action.createdAt);
  const since = last ? dayOf(last.at) : action.startDate > created ? action.startDate : created;
  return Math.max(0, daysBetween(since, today));
}

/**
 * The action as it stood at the end of `day`, as far as the plan can tell: milestones added later are
 * left out and those done later are not done yet, updates posted later are left out, and it is not
 * complete if it was completed later. Other fields are as they are now (their history is kept apart).
 * Null when the action was added after that day.
 */
export function actionAsAt(action: ImprovementAction, day: IsoDate): ImprovementAction | null {
  if (dayOf(action.createdAt) > day) return null;
  const completed = action.completedOn !== null && action.completedOn <= day;
  return {
    ...action,
    status: action.status === 'complete' && !completed ? 'in-progress' : action.status,
    completedOn: completed ? action.completedOn : null,
    milestones: action.milestones.filter((m) => m.addedOn <= day).map((m) => (m.doneOn !== null && m.doneOn > day ? { ...m, doneOn: null } : m)),
    updates: action.updates.filter((u) => dayOf(u.at) <= day),
  };
}
