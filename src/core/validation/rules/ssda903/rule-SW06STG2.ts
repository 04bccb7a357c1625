import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A social worker episode in this year's data begins by 31 March. One begun before 1 April is in the
 * year when it is still running on 1 April, which SW07STG2 checks through its end date, so only a start
 * after the year is flagged here.
 */
export const rule: Ssda903Rule = tableRule(meta903('SW06STG2'), 'social_worker', (row, context, report) => {
  if (row.SW_DECOM !== null && row.SW_DECOM > context.referenceDate) report(at.socialWorker(row, 'SW_DECOM'));
});
