import { lookedAfterOn, openOn } from '../indicators/care.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import type { IsoDate } from '../model/dates.ts';

/** The kinds of open case, most intensive first: a child counts once, as the first that applies. */
export const CASE_KINDS = ['looked-after', 'child-protection', 'in-need'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_NAMES: Readonly<Record<CaseKind, string>> = {
  'looked-after': 'Looked after',
  'child-protection': 'On a child protection plan',
  'in-need': 'Child in need',
};

/**
 * Whether the child has an open case on the date, and which kind: looked after (the DfE's way, short
 * breaks left out), on a child protection plan, or in need (a CIN episode open: referred on or before
 * the date and not closed by it; a referral with no further action is not a case).
 */
export function openCaseOn(child: ChildFacts, on: IsoDate): CaseKind | null {
  if (lookedAfterOn(child, on)) return 'looked-after';
  if (child.cpPlans.some((p) => openOn(p.start, p.end, on))) return 'child-protection';
  if (child.referrals.some((r) => r.nfa !== true && openOn(r.date, r.closed, on))) return 'in-need';
  return null;
}

/** The child's social worker on the date, from the SSDA903 social worker episodes (an episode's end day counts). */
export function workerOn(child: ChildFacts, on: IsoDate): string | null {
  return child.socialWorkers.findLast((w) => w.start <= on && (w.end === null || w.end >= on))?.id ?? null;
}

/**
 * Who holds the child's case on the date: while the child is looked after, the SSDA903's social worker
 * (SW_ID) if the return names one on the date; otherwise `allocated`, the worker the council's case
 * management system allocates (as it stands now: it keeps no history). Null when neither names one.
 */
export function caseWorkerOn(child: ChildFacts, on: IsoDate, allocated: string | null): string | null {
  return (lookedAfterOn(child, on) ? workerOn(child, on) : null) ?? allocated;
}
