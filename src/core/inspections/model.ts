import type { IsoDate } from '../model/dates.ts';
import type { Grade } from './grade.ts';

/**
 * Ofsted inspections of a council's children's services. Judgements are rows of {type, grade}, not fixed
 * columns: the set of judgements changed in January 2023 (care leavers judged on their own) and under
 * the single inspection framework (SIF, 2013–2018) it was different again.
 */

// The scale is shared with case audits; inspection modules keep reaching it through the model.
export { GRADE_NAMES, GRADES, isGrade, type Grade } from './grade.ts';

/** ILACS's five judgements (care leavers separately from January 2023), then the SIF-only ones. */
export const ILACS_JUDGEMENTS = ['overall-effectiveness', 'impact-of-leaders', 'help-and-protection', 'children-in-care', 'care-leavers'] as const;
export const JUDGEMENT_TYPES = [...ILACS_JUDGEMENTS, 'adoption-performance', 'lscb-effectiveness'] as const;
export type JudgementType = (typeof JUDGEMENT_TYPES)[number];

export const JUDGEMENT_NAMES: Readonly<Record<JudgementType, string>> = {
  'overall-effectiveness': 'Overall effectiveness',
  'impact-of-leaders': 'The impact of leaders on social work practice with children and families',
  'help-and-protection': 'The experiences and progress of children who need help and protection',
  'children-in-care': 'The experiences and progress of children in care',
  'care-leavers': 'The experiences and progress of care leavers',
  'adoption-performance': 'Adoption performance (SIF)',
  'lscb-effectiveness': 'Effectiveness of the local safeguarding children board (SIF)',
};

/** Short names, for charts and narrow tables. */
export const JUDGEMENT_SHORT_NAMES: Readonly<Record<JudgementType, string>> = {
  'overall-effectiveness': 'Overall effectiveness',
  'impact-of-leaders': 'Impact of leaders',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
  'adoption-performance': 'Adoption (SIF)',
  'lscb-effectiveness': 'LSCB (SIF)',
};

export interface Judgement {
  readonly type: JudgementType;
  readonly grade: Grade;
}

export type Framework = 'SIF' | 'ILACS';

/**
 * The SIF judgements correspond only roughly to the ILACS ones, so a trend across 2018 must say which
 * framework each point comes from.
 */
export const SIF_MAPPING_CAVEAT =
  'Single inspection framework (2013–2018): its judgements map only roughly onto ILACS ones. Leaders is "Leadership, management and governance"; ' +
  'children in care is "Children looked after and achieving permanence"; care leavers is the sub-judgement "Experiences and progress of care leavers".';

export const UNVERIFIED_CAVEAT = "Grades from the scrape tool's spreadsheet, not checked against the report.";

export const COMBINED_CARE_LEAVERS_CAVEAT = 'Care leavers were judged with children in care (before January 2023).';

/** The first day on which ILACS inspections judged care leavers on their own. */
export const SEPARATE_CARE_LEAVERS_FROM: IsoDate = '2023-01-01';

/** ILACS replaced the SIF in January 2018. */
export const ILACS_FROM: IsoDate = '2018-01-01';

/** An inspection as Ofsted published it: one row of the national history shipped with Sightline. */
export interface PublishedInspection {
  /** Three-digit DfE code of the council. */
  readonly la: string;
  readonly framework: Framework;
  readonly start: IsoDate;
  /** Null where the report's dates could not be read. */
  readonly end: IsoDate | null;
  readonly published: IsoDate;
  readonly judgements: readonly Judgement[];
  /** Care leavers were judged within children in care (ILACS before January 2023). */
  readonly careLeaversCombined: boolean;
  /** False where the grades come only from the scrape tool's spreadsheet, not the report's text. */
  readonly verified: boolean;
  /** The report: a path in data-to-insight/ofsted-ilacs-scrape-tool, or a files.ofsted.gov.uk address. */
  readonly sourceRef: string;
}

/** The council's own inspections and visits, as it records them. */
export const INSPECTION_KINDS = ['standard-inspection', 'short-inspection', 'focused-visit', 'monitoring-visit', 'jtai', 'other'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const KIND_NAMES: Readonly<Record<InspectionKind, string>> = {
  'standard-inspection': 'Standard inspection',
  'short-inspection': 'Short inspection',
  'focused-visit': 'Focused visit',
  'monitoring-visit': 'Monitoring visit',
  jtai: 'Joint targeted area inspection (JTAI)',
  other: 'Other inspection or visit',
};

/** Kinds that end in graded judgements; visits and JTAIs are not graded. */
export const GRADED_KINDS: readonly InspectionKind[] = ['standard-inspection', 'short-inspection'];

export const FINDING_KINDS = ['recommendation', 'area-for-priority-action', 'area-for-improvement', 'strength', 'finding'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_NAMES: Readonly<Record<FindingKind, string>> = {
  recommendation: 'Recommendation',
  'area-for-priority-action': 'Area for priority action',
  'area-for-improvement': 'Area for improvement',
  strength: 'Strength',
  finding: 'Finding',
};

/** Findings an improvement plan answers with actions. */
export const ACTIONABLE_FINDINGS: readonly FindingKind[] = ['recommendation', 'area-for-priority-action', 'area-for-improvement'];
