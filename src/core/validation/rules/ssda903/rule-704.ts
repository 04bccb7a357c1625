import { meta903 } from './rules-metadata.ts';
import { at, inYear, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A DoLO ends within the collection year. */
export const rule: Ssda903Rule = tableRule(meta903('704'), 'dolo', (row, context, report) => {
  if (row.DOLO_END !== null && !inYear(context, row.DOLO_END)) report(at.dolo(row, 'DOLO_END'));
});
