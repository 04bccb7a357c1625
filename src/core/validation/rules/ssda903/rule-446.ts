import { meta903 } from './rules-metadata.ts';
import { ADOPTION_AND_CHILDREN_ACT } from './rule-445.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** Placement orders (E1) began with the Adoption and Children Act 2002 on 30 December 2005: no E1 episode starts before. */
export const rule: Ssda903Rule = tableRule(
  meta903('446', undefined, { howToFix: 'Correct the legal status: placement orders (E1) did not exist before 30 December 2005.' }),
  'episodes',
  (row, _context, report) => {
    if (code(row.LS) === 'E1' && row.DECOM !== null && row.DECOM < ADOPTION_AND_CHILDREN_ACT) report(at.episode(row, 'LS'), [at.episode(row, 'DECOM')]);
  },
);
