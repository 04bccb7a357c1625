import type { IsoDate } from '../model/dates.ts';

/**
 * The improvement plan as the council runs it after an inspection: actions that answer Ofsted's
 * recommendations (or a case-audit theme), each with an owner, dated milestones, weekly progress
 * updates and its risks. Nothing here is about a child: the plan is open to every role.
 */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_NAMES: Readonly<Record<ActionStatus, string>> = { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' };

/** Where an action comes from: an inspection's finding or recommendation, a case-audit theme, or elsewhere. */
export type ActionSource =
  | { readonly kind: 'finding'; readonly findingId: number }
  | { readonly kind: 'theme'; readonly theme: string }
  | { readonly kind: 'other' };

export interface Milestone {
  readonly id: number;
  readonly title: string;
  readonly due: IsoDate;
  /** The day it was done, or null while it is not. */
  readonly doneOn: IsoDate | null;
  /** The day it was added to the plan: a milestone added later is not held against the action before then. */
  readonly addedOn: IsoDate;
}

/** A weekly progress update: who posted it, when, what changed, and how far along the action is. */
export interface WeeklyUpdate {
  readonly id: number;
  readonly by: string;
  /** ISO date and time (UTC). */
  readonly at: string;
  readonly summary: string;
  /** Per cent complete, 0–100, in the poster's judgement. */
  readonly progress: number;
}

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export interface Risk {
  readonly id: number;
  readonly description: string;
  /** 1 (rare) to 5 (almost certain). */
  readonly likelihood: number;
  /** 1 (negligible) to 5 (severe). */
  readonly impact: number;
  readonly mitigation: string;
  readonly owner: string;
  readonly status: RiskStatus;
}

export interface ImprovementAction {
  readonly id: number;
  readonly title: string;
  readonly description: string;
  readonly owner: string;
  readonly source: ActionSource;
  readonly status: ActionStatus;
  readonly startDate: IsoDate;
  readonly targetDate: IsoDate;
  /** Set when the action is marked complete. */
  readonly completedOn: IsoDate | null;
  /** Indicators (registry ids) whose trend shows whether the action is working. */
  readonly indicatorIds: readonly string[];
  readonly createdBy: string;
  /** ISO date and time (UTC). */
  readonly createdAt: string;
  readonly milestones: readonly Milestone[];
  /** Oldest first. */
  readonly updates: readonly WeeklyUpdate[];
  readonly risks: readonly Risk[];
}

/** One kept change of the plan: what was changed, as it was before and after, by whom and when. */
export interface HistoryEntry {
  readonly actionId: number;
  readonly entity: 'action' | 'milestone' | 'update' | 'risk';
  readonly entityId: number;
  readonly change: 'created' | 'changed' | 'completed' | 'posted';
  /** The fields that changed, as they were (null when created). */
  readonly before: Readonly<Record<string, unknown>> | null;
  /** The fields as they became. */
  readonly after: Readonly<Record<string, unknown>>;
  readonly by: string;
  /** ISO date and time (UTC). */
  readonly at: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 March 2026": how the plan's words write a date. */
export function longDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** The UTC day of an ISO date and time. */
export const dayOf = (at: string): IsoDate => at.slice(0, 10);
