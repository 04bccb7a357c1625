/**
 * Case audits grade practice on Ofsted's own four-point scale, so that a council's audit findings read
 * in the same terms as its inspection judgements ("Inspecting local authority children's services").
 */
export const GRADES = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_NAMES: Readonly<Record<Grade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement to be good',
  inadequate: 'Inadequate',
};

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'string' && (GRADES as readonly string[]).includes(value);
}

/** Good or outstanding: the share councils report as "good or better". */
export function goodOrBetter(grade: Grade): boolean {
  return grade === 'outstanding' || grade === 'good';
}

/** A count for each grade, all four present. */
export type GradeCounts = Record<Grade, number>;

export function noGrades(): GradeCounts {
  return { outstanding: 0, good: 0, 'requires-improvement': 0, inadequate: 0 };
}

/** The share of the counted grades that are good or better, as a percentage; null when nothing is counted. */
export function shareGoodOrBetter(counts: GradeCounts): number | null {
  const total = GRADES.reduce((n, g) => n + counts[g], 0);
  return total === 0 ? null : ((counts.outstanding + counts.good) / total) * 100;
}
