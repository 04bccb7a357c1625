import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/**
 * Freeing orders (D1) ended when the Adoption and Children Act 2002 came into force on 30 December 2005:
 * no D1 episode starts after that day. The DfE's "after December 2005" is read with the Act's date,
 * which rule 451 names.
 */
export const ADOPTION_AND_CHILDREN_ACT = '2005-12-30';

export const rule: Ssda903Rule = tableRule(
  meta903('445', undefined, { howToFix: 'Correct the legal status: freeing orders (D1) could not be made after 30 December 2005.' }),
  'episodes',
  (row, _context, report) => {
    if (code(row.LS) === 'D1' && row.DECOM !== null && row.DECOM > ADOPTION_AND_CHILDREN_ACT) report(at.episode(row, 'LS'), [at.episode(row, 'DECOM')]);
  },
);
