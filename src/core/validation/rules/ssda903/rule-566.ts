import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A period with an end date says whether the child was missing (M) or away without authorisation (A). */
export const rule: Ssda903Rule = tableRule(meta903('566'), 'missing', (row, _context, report) => {
  if (!blank(row.raw?.MIS_END ?? row.MIS_END) && blank(row.MISSING)) report(at.missing(row, 'MISSING'), [at.missing(row, 'MIS_END')]);
});
