import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** A decision that ceased (a date or reason it ceased) has the date it was made; an unreadable date is rule 115's. */
export const rule: Ssda903Rule = tableRule(meta903('563'), 'placed_for_adoption', (row, _context, report) => {
  if (!blank(row.DATE_PLACED) || unreadable(row, 'DATE_PLACED')) return;
  if (!blank(row.DATE_PLACED_CEASED) || unreadable(row, 'DATE_PLACED_CEASED') || !blank(row.REASON_PLACED_CEASED)) {
    report(at.placed(row, 'DATE_PLACED'), [at.placed(row, 'DATE_PLACED_CEASED'), at.placed(row, 'REASON_PLACED_CEASED')]);
  }
});
