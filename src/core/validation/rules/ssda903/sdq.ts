import { ageOn } from '../../../model/dates.ts';
import type { Oc2 } from '../../../model/ssda903.ts';
import type { Report } from '../../types.ts';
import { dobOf, given, tableRule, type Child903, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';
import type { RuleMeta } from '../../types.ts';

/**
 * The facts the DfE's strengths and difficulties (SDQ) rules turn on: the child's age at the start and at
 * the end of the year, whether the child is in the OC2 cohort, and whether a score or a reason is given.
 */
export interface SdqFacts {
  /** Age on 1 April, or null when the date of birth is unknown. */
  readonly ageAtStart: number | null;
  /** Age on 31 March. */
  readonly ageAtEnd: number | null;
  readonly inCohort: boolean;
  readonly score: boolean;
  readonly reason: boolean;
}

export function sdqFacts(child: Child903, row: Oc2, context: Ssda903Context): SdqFacts {
  const dob = dobOf(child, row);
  return {
    ageAtStart: dob === null ? null : ageOn(dob, context.collectionStart),
    ageAtEnd: dob === null ? null : ageOn(dob, context.referenceDate),
    inCohort: child.facts.continuouslyLookedAfter12Months,
    score: given(row, 'SDQ_SCORE'),
    reason: given(row, 'SDQ_REASON'),
  };
}

/** A rule over each OC2 row given its SDQ facts. */
export function sdqRule(meta: RuleMeta, check: (row: Oc2, sdq: SdqFacts, report: Report, child: Child903) => void): Ssda903Rule {
  return tableRule(meta, 'oc2', (row, context, report, child) => check(row, sdqFacts(child, row, context), report, child));
}
