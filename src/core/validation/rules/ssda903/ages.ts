import { addMonths, ageOn, type IsoDate } from '../../../model/dates.ts';
import type { Cell, RuleMeta } from '../../types.ts';
import { at, childRule, code, dobOf, type Child903, type Ssda903Context, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Ages as the DfE's rules use them: birthdays, the age at 31 March, and the two rule shapes "a child with
 * code X on an episode (or at a review) should be at least / under N".
 */

/** The date of a birthday (a child born on 29 February has it on 28 February in other years, as in `ageOn`). */
export function birthday(dob: IsoDate, years: number): IsoDate {
  return addMonths(dob, 12 * years);
}

/** Age in whole years at 31 March, the DfE's age for the OC2 rules. */
export function ageAtYearEnd(dob: IsoDate, context: Ssda903Context): number {
  return ageOn(dob, context.referenceDate);
}

/** The header DOB cell, as the related cell of an age check. */
export function dobCell(child: Child903): Cell[] {
  return child.facts.header ? [at.header(child.facts.header, 'DOB')] : [];
}

/**
 * "Child in placement X (or with reason episode ceased X) should be at least N": the child's age on a
 * date of each matching episode must not be under N (or, with `minimum` false, must be under N).
 */
export function episodeAgeRule(
  meta: RuleMeta,
  options: {
    readonly field: 'PLACE' | 'REC' | 'LS' | 'RNE';
    readonly codes: ReadonlySet<string>;
    readonly on: 'DECOM' | 'DEC';
    readonly age: number;
    /** True: flag a child younger than `age`; false: flag a child `age` or older. */
    readonly minimum: boolean;
  },
): Ssda903Rule {
  const { field, codes, on, age, minimum } = options;
  return childRule(meta, (child, _context, report) => {
    const dob = dobOf(child);
    if (dob === null) return;
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      // Most episodes have another code: that is looked at first.
      const value = code(e[field]);
      if (value === null || !codes.has(value)) continue;
      const date = e[on];
      if (date === null) continue;
      const years = ageOn(dob, date);
      if (minimum ? years < age : years >= age) report(at.episode(e, on), [at.episode(e, field), ...dobCell(child)]);
    }
  });
}

/** "Participation code X says the child was under / at least 4 at the review": the age on the review date must agree. */
export function reviewAgeRule(meta: RuleMeta, codes: ReadonlySet<string>, under4: boolean): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    for (let i = 0; i < child.reviews.length; i++) {
      const r = child.reviews[i]!;
      const dob = dobOf(child, r);
      if (dob === null || r.REVIEW === null || !codes.has(code(r.REVIEW_CODE) ?? '')) continue;
      if (ageOn(dob, r.REVIEW) < 4 !== under4) report(at.review(r, 'REVIEW_CODE'), [at.review(r, 'REVIEW'), ...dobCell(child)]);
    }
  });
}
