import { meta903 } from './rules-metadata.ts';
import { birthday, dobCell, dobOf } from './range-helpers-300-499.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child stops being an unaccompanied asylum-seeking child at 18 at the latest: DUC is on or before the 18th birthday. */
export const rule: Ssda903Rule = tableRule(
  meta903('304', undefined, { howToFix: 'Correct the date UASC status ceased or the date of birth: UASC status ends at 18 at the latest.' }),
  'uasc',
  (row, _context, report, child) => {
    const dob = dobOf(child) ?? row.DOB;
    if (row.DUC !== null && dob !== null && row.DUC > birthday(dob, 18)) report(at.uasc(row, 'DUC'), dobCell(child));
  },
);
