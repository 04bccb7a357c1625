import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A decision to place for adoption is made on or before the decision that the child should no longer be placed. */
export const rule: Ssda903Rule = tableRule(meta903('522'), 'placed_for_adoption', (row, _context, report) => {
  if (row.DATE_PLACED !== null && row.DATE_PLACED_CEASED !== null && row.DATE_PLACED > row.DATE_PLACED_CEASED) {
    report(at.placed(row, 'DATE_PLACED'), [at.placed(row, 'DATE_PLACED_CEASED')]);
  }
});
