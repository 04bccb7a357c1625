import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { completeOrBlank } from './given-items.ts';
import { AD1_ITEMS } from './table-items.ts';

/** The AD1 items are all given or all blank. */
export const rule: Ssda903Rule = tableRule(meta903('151'), 'ad1', (row, _context, report) => {
  completeOrBlank(row, AD1_ITEMS, (f) => at.ad1(row, f), report);
});
