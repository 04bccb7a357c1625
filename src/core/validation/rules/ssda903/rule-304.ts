import { meta903 } from './rules-metadata.ts';
import { at, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { birthday, dobCell } from './ages.ts';

/** A child stops being an unaccompanied asylum-seeking child at 18 at the latest: DUC is on or before the 18th birthday. */
export const rule: Ssda903Rule = tableRule(
  meta903('304', undefined, { howToFix: 'Correct the date UASC status ceased or the date of birth: UASC status ends at 18 at the latest.' }),
  'uasc',
  (row, _context, report, child) => {
    const dob = dobOf(child, row);
    if (row.DUC !== null && dob !== null && row.DUC > birthday(dob, 18)) report(at.uasc(row, 'DUC'), dobCell(child));
  },
);
