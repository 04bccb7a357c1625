import type { IsoDate } from '../model/dates.ts';
import type { Source } from '../model/journey.ts';

/**
 * One dated thing that happened to a child, merged across every return that mentioned it. The same
 * real-world event arrives again and again (a CIN census repeats a referral every year the case is
 * open; an open 903 episode is re-sent each year), so each event carries every source that said it.
 */
export interface ChronologyEvent {
  /** Stable within a child: kind plus the natural key (dates that identify the event). */
  readonly key: string;
  readonly kind: EventKind;
  readonly date: IsoDate;
  /** What the returns said about it, by the DfE's field names. Where they disagree, the latest return's value. */
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
  readonly sources: readonly Source[];
  /** Fields on which returns disagree, with every value and who said it. */
  readonly conflicts: readonly Conflict[];
}

export type EventKind =
  | 'referral'
  | 'assessment-started'
  | 'assessment-authorised'
  | 'section-47-started'
  | 'initial-child-protection-conference'
  | 'cin-plan-started'
  | 'cin-plan-ended'
  | 'child-protection-plan-started'
  | 'child-protection-review'
  | 'child-protection-plan-ended'
  | 'cin-closed'
  | 'started-to-be-looked-after'
  | 'placement-changed'
  | 'legal-status-changed'
  | 'ceased-to-be-looked-after'
  | 'looked-after-review'
  | 'missing'
  | 'away-without-authorisation'
  | 'returned'
  | 'placed-for-adoption-decision'
  | 'matched-for-adoption'
  | 'adoption-decision-reversed'
  | 'ceased-to-be-uasc'
  | 'care-leaver-information'
  | 'social-worker-changed'
  | 'deprivation-of-liberty-started'
  | 'deprivation-of-liberty-ended'
  | 'contact'
  | 'early-help-assessment-started'
  | 'early-help-assessment-completed'
  | 'statutory-visit'
  | 'iro-visit'
  | 'health-assessment'
  | 'dental-check'
  | 'pathway-plan-review'
  | 'care-leaver-contact'
  | 'born'
  | 'died';

/** Two or more returns said different things about the same fact. Both are kept; nothing is overwritten. */
export interface Conflict {
  readonly field: string;
  readonly values: readonly { readonly value: string | number | boolean | null; readonly sources: readonly Source[] }[];
}

/** A change Sightline made while deriving spans, stated so that it is never silent. */
export interface Correction {
  readonly what: string;
  readonly why: string;
  readonly sources: readonly Source[];
}

/** A stretch of time derived from the events: a CIN episode, a CP plan, a period of care, a placement, a legal status. */
export interface Span {
  readonly kind: 'cin-episode' | 'cin-plan' | 'child-protection-plan' | 'period-of-care' | 'placement' | 'legal-status' | 'missing';
  readonly start: IsoDate;
  /** Null while it is still open at the latest return. */
  readonly end: IsoDate | null;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
  readonly sources: readonly Source[];
}
