import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period ends on or after the day it started. */
export const rule: Ssda903Rule = tableRule(meta903('567'), 'missing', (row, _context, report) => {
  if (row.MIS_START !== null && row.MIS_END !== null && row.MIS_END < row.MIS_START) report(at.missing(row, 'MIS_END'), [at.missing(row, 'MIS_START')]);
});
