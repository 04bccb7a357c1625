import { meta903 } from './rules-metadata.ts';
import { at, childRule, dobOf, type Ssda903Rule } from './ssda903-rule.ts';
import { dobCell } from './ages.ts';

/** The child's first episode (earliest DECOM) cannot start before the date of birth. */
export const rule: Ssda903Rule = childRule(
  meta903('302', undefined, { howToFix: 'Correct the date of birth or the start of the first episode: care cannot start before birth.' }),
  (child, _context, report) => {
    const dob = dobOf(child);
    const first = child.facts.episodes[0];
    if (dob !== null && first && first.DECOM! < dob) report(at.episode(first, 'DECOM'), dobCell(child));
  },
);
