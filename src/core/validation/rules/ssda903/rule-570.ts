import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period starts by 31 March, the end of the collection year. */
export const rule: Ssda903Rule = tableRule(meta903('570'), 'missing', (row, context, report) => {
  if (row.MIS_START !== null && row.MIS_START > context.referenceDate) report(at.missing(row, 'MIS_START'));
});
