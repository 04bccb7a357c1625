import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period has the date it started; an unreadable date is rule 1004's. */
export const rule: Ssda903Rule = tableRule(meta903('564'), 'missing', (row, _context, report) => {
  if (!blank(row.MISSING) && blank(row.MIS_START) && !unreadable(row, 'MIS_START')) report(at.missing(row, 'MIS_START'), [at.missing(row, 'MISSING')]);
});
