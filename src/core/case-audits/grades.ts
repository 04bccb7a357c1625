import { GRADES, type Grade } from '../inspections/grade.ts';

/**
 * What case audits count on Ofsted's four-point scale (src/core/inspections/grade.ts, shared with
 * inspection judgements): how many of each grade, and the share "good or better".
 */

/** Good or outstanding: the share councils report as "good or better". */
export function goodOrBetter(grade: Grade): boolean {
  return grade === 'outstanding' || grade === 'good';
}

/** A count for each grade, all four present. */
export type GradeCounts = Record<Grade, number>;

export function noGrades(): GradeCounts {
  return { outstanding: 0, good: 0, 'requires improvement': 0, inadequate: 0 };
}

/** The share of the counted grades that are good or better, as a percentage; null when nothing is counted. */
export function shareGoodOrBetter(counts: GradeCounts): number | null {
  const total = GRADES.reduce((n, g) => n + counts[g], 0);
  const good = GRADES.filter(goodOrBetter).reduce((n, g) => n + counts[g], 0);
  return total === 0 ? null : (good / total) * 100;
}
