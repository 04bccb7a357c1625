import type { Oc2 } from '../../../model/ssda903.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { cellsOf, check, episode, header, oc2 } from './test-helpers.ts';

/** An episode that puts child '1' in the OC2 cohort for 2023/24 (looked after since before 1 April 2023). */
export const inCohort = episode({ DECOM: '2022-01-15' });

/** An episode that keeps child '1' out of the cohort (started during 2023/24). */
export const newThisYear = episode({ DECOM: '2023-04-02' });

/** A date of birth giving the age on 1 April 2023 (start) and 31 March 2024 (end). */
export function bornAged(atStart: number, birthday: 'before-start' | 'during-year' = 'before-start'): string {
  // Born on 1 April: the birthday falls on the first day of the year; born on 1 October: halfway through.
  return birthday === 'before-start' ? `${2023 - atStart}-04-01` : `${2023 - atStart - 1}-10-01`;
}

/** The cells one rule reports for child '1' born on `dob`, in or out of the cohort, with these SDQ items. */
export function sdq(rule: Ssda903Rule, dob: string, cohort: boolean, items: Partial<Oc2>): string[] {
  return cellsOf(check(rule, { header: [header({ DOB: dob })], episodes: [cohort ? inCohort : newThisYear], oc2: [oc2({ DOB: dob, ...items })] }));
}

export const score = { SDQ_SCORE: 12, SDQ_REASON: null };
export const reason = { SDQ_SCORE: null, SDQ_REASON: 'SDQ2' };
export const neither = { SDQ_SCORE: null, SDQ_REASON: null };

