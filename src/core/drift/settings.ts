/**
 * The timescales the drift rules count against. The statutory ones default to the law and guidance
 * (timescales.md §1); the rest are local and each council sets its own. Every figure can be changed
 * per council, so that a council with a stricter local standard sees its own standard.
 */
export interface DriftSettings {
  /** Referral to a decision on the response (WT2023): 1 working day. */
  readonly referralDecisionWorkingDays: number;
  /** Assessment start to authorisation: 45 working days. */
  readonly assessmentWorkingDays: number;
  /** Strategy discussion to initial child protection conference: 15 working days. */
  readonly icpcWorkingDays: number;
  /** Plan start to the first review conference: 3 months; later reviews every 6 months. */
  readonly cpFirstReviewMonths: number;
  readonly cpReviewMonths: number;
  /** A plan open this long is a concern (18 months), and this long a serious one (2 years). */
  readonly cpPlanLongMonths: number;
  readonly cpPlanVeryLongMonths: number;
  /** Looked-after reviews (CPPCR 2010 reg 33): first within 20 working days, second within 3 months, then every 6 months. */
  readonly laFirstReviewWorkingDays: number;
  readonly laSecondReviewMonths: number;
  readonly laReviewMonths: number;
  /** Return home interview: within 72 hours of the child's return, counted as 3 days on dates. */
  readonly returnInterviewDays: number;
  /** Placements with different carers in 12 months that make a child's stability a concern. */
  readonly placementsIn12Months: number;
  /** Personal adviser contact with a care leaver: at least every 2 months. */
  readonly careLeaverContactMonths: number;
  /** Pathway plan reviews: at least every 6 months. */
  readonly pathwayPlanReviewMonths: number;
  /** Local: statutory visits to a child on a CP plan (no national minimum; 10 working days is common). */
  readonly cpVisitWorkingDays: number;
  /** How long a deadline met late stays on the drift report after it was met. */
  readonly lateShownMonths: number;
  readonly concern: {
    /** Referrals within `referralYears` years that count as repeated. */
    readonly referrals: number;
    readonly referralYears: number;
    /** A CP plan lasting this long counts as long. */
    readonly longPlanMonths: number;
    /** A referral this soon after a plan or episode ended counts as a return after step-down. */
    readonly reReferralMonths: number;
    /** How many different signs raise the flag. */
    readonly signsNeeded: number;
    /** Whether one of them must be neglect itself (need code, category or factor): the flag is about chronic neglect. */
    readonly neglectRequired: boolean;
  };
}

export const NATIONAL_DRIFT_SETTINGS: DriftSettings = {
  referralDecisionWorkingDays: 1,
  assessmentWorkingDays: 45,
  icpcWorkingDays: 15,
  cpFirstReviewMonths: 3,
  cpReviewMonths: 6,
  cpPlanLongMonths: 18,
  cpPlanVeryLongMonths: 24,
  laFirstReviewWorkingDays: 20,
  laSecondReviewMonths: 3,
  laReviewMonths: 6,
  returnInterviewDays: 3,
  placementsIn12Months: 3,
  careLeaverContactMonths: 2,
  pathwayPlanReviewMonths: 6,
  cpVisitWorkingDays: 10,
  lateShownMonths: 3,
  concern: { referrals: 3, referralYears: 5, longPlanMonths: 18, reReferralMonths: 12, signsNeeded: 2, neglectRequired: true },
};

/** A council's settings: the national defaults with its own figures laid over them. */
export function driftSettings(local: Partial<Omit<DriftSettings, 'concern'>> & { concern?: Partial<DriftSettings['concern']> } = {}): DriftSettings {
  return { ...NATIONAL_DRIFT_SETTINGS, ...local, concern: { ...NATIONAL_DRIFT_SETTINGS.concern, ...local.concern } };
}
