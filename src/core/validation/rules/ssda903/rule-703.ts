import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A DoLO starts by 31 March, the end of the collection year. */
export const rule: Ssda903Rule = tableRule(meta903('703'), 'dolo', (row, context, report) => {
  if (row.DOLO_START !== null && row.DOLO_START > context.referenceDate) report(at.dolo(row, 'DOLO_START'));
});
