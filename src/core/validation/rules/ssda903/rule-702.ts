import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A DoLO ends on or after the day it started. */
export const rule: Ssda903Rule = tableRule(meta903('702'), 'dolo', (row, _context, report) => {
  if (row.DOLO_START !== null && row.DOLO_END !== null && row.DOLO_END < row.DOLO_START) report(at.dolo(row, 'DOLO_END'), [at.dolo(row, 'DOLO_START')]);
});
