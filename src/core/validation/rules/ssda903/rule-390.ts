import { meta903 } from './rules-metadata.ts';
import { ADOPTION } from './placement-types.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { ADOPTED } from './episode-codes.ts';

/** The episode that ends in adoption (E11/E12) is a placement for adoption (A3–A6). */
export const rule: Ssda903Rule = tableRule(
  meta903('390', undefined, { howToFix: 'Correct the placement type or reason ceased: a child is adopted from a placement for adoption (A3–A6).' }),
  'episodes',
  (row, _context, report) => {
    const rec = code(row.REC);
    if (rec !== null && ADOPTED.has(rec) && !ADOPTION.has(code(row.PLACE) ?? '')) report(at.episode(row, 'PLACE'), [at.episode(row, 'REC')]);
  },
);
