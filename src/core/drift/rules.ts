import { longStandingConcernRule } from './long-standing-concern.ts';
import type { DriftRule } from './rule.ts';
import { assessmentOverdue } from './rules/assessment-overdue.ts';
import { careLeaverContact } from './rules/care-leaver-contact.ts';
import { cpPlan18Months, cpPlan2Years } from './rules/cp-plan-long.ts';
import { cpReviewOverdue } from './rules/cp-review-overdue.ts';
import { cpVisitOverdue } from './rules/cp-visit-overdue.ts';
import { icpcOverdue } from './rules/icpc-overdue.ts';
import { lookedAfterReviewOverdue } from './rules/looked-after-review-overdue.ts';
import { pathwayPlanReviewOverdue } from './rules/pathway-plan-review-overdue.ts';
import { placementMoves } from './rules/placement-moves.ts';
import { referralDecision } from './rules/referral-decision.ts';
import { returnInterviewOverdue } from './rules/return-interview-overdue.ts';

export const DRIFT_RULES: readonly DriftRule[] = [
  referralDecision,
  assessmentOverdue,
  icpcOverdue,
  cpReviewOverdue,
  cpVisitOverdue,
  cpPlan18Months,
  cpPlan2Years,
  lookedAfterReviewOverdue,
  returnInterviewOverdue,
  placementMoves,
  careLeaverContact,
  pathwayPlanReviewOverdue,
  longStandingConcernRule,
];
