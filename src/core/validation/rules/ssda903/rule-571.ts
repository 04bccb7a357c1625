import { meta903 } from './rules-metadata.ts';
import { at, inYear, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period ends within the collection year (a period that ended earlier belongs to an earlier return). */
export const rule: Ssda903Rule = tableRule(meta903('571'), 'missing', (row, context, report) => {
  if (row.MIS_END !== null && !inYear(context, row.MIS_END)) report(at.missing(row, 'MIS_END'));
});
