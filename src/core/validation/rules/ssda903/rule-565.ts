import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A period with a start date says whether the child was missing (M) or away without authorisation (A). */
export const rule: Ssda903Rule = tableRule(meta903('565'), 'missing', (row, _context, report) => {
  if (!blank(row.raw?.MIS_START ?? row.MIS_START) && blank(row.MISSING)) report(at.missing(row, 'MISSING'), [at.missing(row, 'MIS_START')]);
});
