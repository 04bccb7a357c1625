import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The decision that the child should be placed for adoption comes on or before matching with the adopters. */
export const rule: Ssda903Rule = tableRule(
  meta903('333', undefined, { howToFix: 'Correct the date of the decision to place for adoption or the date of matching: the decision comes first.' }),
  'ad1',
  (row, _context, report) => {
    if (row.DATE_INT !== null && row.DATE_MATCH !== null && row.DATE_INT > row.DATE_MATCH) report(at.ad1(row, 'DATE_INT'), [at.ad1(row, 'DATE_MATCH')]);
  },
);
