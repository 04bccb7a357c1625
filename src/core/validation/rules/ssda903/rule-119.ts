import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { completeOrBlank } from './given-items.ts';

/** A decision no longer to place for adoption has both its date and its reason. */
export const rule: Ssda903Rule = tableRule(meta903('119'), 'placed_for_adoption', (row, _context, report) => {
  completeOrBlank(row, ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] as const, (f) => at.placed(row, f), report);
});
