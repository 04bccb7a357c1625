import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { completeOrBlank } from './given-items.ts';
import { OC3_ITEMS } from './table-items.ts';

/** IN_TOUCH, ACTIV and ACCOM are all given or all blank. */
export const rule: Ssda903Rule = tableRule(meta903('153'), 'oc3', (row, _context, report) => {
  completeOrBlank(row, OC3_ITEMS, (f) => at.oc3(row, f), report);
});
