import { workingDaysBetween } from '../calendar/working-days.ts';
import type { IsoDate } from '../model/dates.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import type { DriftSettings } from './settings.ts';

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** A fact that put an item on the list, pointing at the chronology event it comes from. */
export interface DriftFact {
  readonly date: IsoDate;
  readonly what: string;
  readonly key?: string;
}

/**
 * One thing overdue or of concern about one child. `id` is rule + child + the event it is about, so the
 * same situation gets the same id every time the list is worked out: an acknowledgement can attach to
 * it, and a new situation (the next review falling due) gets a new id and comes back.
 */
export interface DriftItem {
  readonly id: string;
  readonly childId: string;
  readonly rule: string;
  readonly what: string;
  /** When the clock started (the referral, the plan, the last review). */
  readonly since: IsoDate;
  /** The deadline missed or, for a concern, the day it arose. */
  readonly due: IsoDate;
  /** Working days past `due` on the date the list is for (or, when met late, on the day it was met). */
  readonly overdueWorkingDays: number;
  readonly severity: Severity;
  /** open: still not done; late: done, after the deadline (shown for `lateShownMonths`); concern: a pattern, not a deadline. */
  readonly state: 'open' | 'late' | 'concern';
  readonly facts: readonly DriftFact[];
}

/** Dates the returns do not hold, from Annex A lists or the case system, by LA child id. */
export interface LocalRecords {
  /** Return home interviews held (Annex A list 8 has only the last). */
  readonly returnInterviews?: ReadonlyMap<string, readonly IsoDate[]>;
  /** Latest contact with each care leaver (Annex A list 9). */
  readonly careLeaverContacts?: ReadonlyMap<string, IsoDate>;
  /** Latest pathway plan review (Annex A list 9). */
  readonly pathwayPlanReviews?: ReadonlyMap<string, IsoDate>;
  /** Latest statutory visit to a child on a CP plan (Annex A list 7). */
  readonly cpVisits?: ReadonlyMap<string, IsoDate>;
}

export interface DriftContext {
  readonly at: IsoDate;
  readonly settings: DriftSettings;
  readonly records: LocalRecords;
  /** Deadlines met late on or after this day are still shown. */
  readonly lateFrom: IsoDate;
}

export interface DriftRule {
  readonly id: string;
  readonly title: string;
  readonly timescale: { readonly text: string; readonly source: string };
  readonly status: 'statutory' | 'local';
  readonly severity: Severity;
  /** Says which records are missing when the rule cannot run without them; null when it can. */
  readonly needs?: (records: LocalRecords) => string | null;
  items(child: ChildFacts, context: DriftContext): readonly DriftItem[];
}

/**
 * The item for a deadline, if it is missed: still not done on `at` and at least one working day past
 * `due`, or done after `due` recently enough to show. Nothing when it was met in time.
 */
export function deadline(rule: DriftRule, child: ChildFacts, context: DriftContext, spec: {
  key: string;
  what: string;
  since: IsoDate;
  due: IsoDate;
  /** The day it was done, if it has been (by `at`). */
  done: IsoDate | null;
  facts?: readonly DriftFact[];
}): DriftItem | null {
  const { at, lateFrom } = context;
  if (spec.done !== null && spec.done <= at) {
    if (spec.done <= spec.due || spec.done < lateFrom) return null;
    return item(rule, child, { ...spec, overdue: workingDaysBetween(spec.due, spec.done), state: 'late', severity: 'low' });
  }
  const overdue = workingDaysBetween(spec.due, at);
  return overdue >= 1 ? item(rule, child, { ...spec, overdue, state: 'open', severity: rule.severity }) : null;
}

/** The item for a pattern of concern that arose on `since`, counted in working days since then. */
export function concern(rule: DriftRule, child: ChildFacts, at: IsoDate, spec: { key: string; what: string; since: IsoDate; arose: IsoDate; facts: readonly DriftFact[] }): DriftItem {
  return item(rule, child, { ...spec, due: spec.arose, overdue: Math.max(0, workingDaysBetween(spec.arose, at)), state: 'concern', severity: rule.severity });
}

function item(rule: DriftRule, child: ChildFacts, spec: { key: string; what: string; since: IsoDate; due: IsoDate; overdue: number; state: DriftItem['state']; severity: Severity; facts?: readonly DriftFact[] }): DriftItem {
  return {
    id: `${rule.id}:${child.childId}:${spec.key}`,
    childId: child.childId,
    rule: rule.id,
    what: spec.what,
    since: spec.since,
    due: spec.due,
    overdueWorkingDays: spec.overdue,
    severity: spec.severity,
    state: spec.state,
    facts: spec.facts ?? [],
  };
}
