import type { IsoDate } from '../model/dates.ts';
import { SEVERITY_RANK, type DriftItem, type Severity } from './rule.ts';

/** What an acknowledgement remembers of the item, to compare the situation with later. */
export interface AcknowledgedFacts {
  readonly severity: Severity;
  readonly state: DriftItem['state'];
  readonly overdueWorkingDays: number;
  readonly due: IsoDate;
}

export interface Acknowledgement {
  readonly itemId: string;
  readonly by: string;
  /** ISO date and time (UTC). */
  readonly at: string;
  readonly reason: string;
  /** The review date: after it the item comes back whatever its state. */
  readonly until: IsoDate | null;
  readonly facts: AcknowledgedFacts;
}

/**
 * How much further overdue an acknowledged item may fall before it comes back: two working weeks. An
 * acknowledgement accepts a situation as it was, not a delay that keeps growing.
 */
export const RETURN_AFTER_WORKING_DAYS = 10;

/** Why an acknowledged item is back on the list: its review date has passed, or it has worsened. */
export type ReturnReason = 'review date passed' | 'more severe' | 'further overdue';

/**
 * Whether the item, as it is now, is back despite its acknowledgement (null: it stays hidden). The
 * situation "persists" beyond the acknowledgement when, on `today`:
 * - the review date (`until`) is before today; or
 * - the item is more severe than when acknowledged; or
 * - it is overdue by at least RETURN_AFTER_WORKING_DAYS more working days than when acknowledged.
 * An item that is resolved drops off the list by itself (the drift rules no longer raise it), and a new
 * situation (the next review falling due) has a new id, so no acknowledgement carries over to it.
 */
export function returnReason(item: Pick<DriftItem, 'severity' | 'overdueWorkingDays'>, ack: Pick<Acknowledgement, 'until' | 'facts'>, today: IsoDate): ReturnReason | null {
  if (ack.until !== null && ack.until < today) return 'review date passed';
  if (SEVERITY_RANK[item.severity] < SEVERITY_RANK[ack.facts.severity]) return 'more severe';
  if (item.overdueWorkingDays >= ack.facts.overdueWorkingDays + RETURN_AFTER_WORKING_DAYS) return 'further overdue';
  return null;
}

export function acknowledgedFacts(item: DriftItem): AcknowledgedFacts {
  return { severity: item.severity, state: item.state, overdueWorkingDays: item.overdueWorkingDays, due: item.due };
}
