import { reportBlankItems } from './social-workers.ts';
import { meta903 } from './rules-metadata.ts';
import { tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A social worker episode begun in the year has a reason for the change of social worker. Our reading of
 * the split of SW03STG1: an episode carried over from before 1 April was a change recorded in an earlier
 * year, so it may have no reason (SW13STG1 stopped flagging a blank reason from 2024/25 for the same reason).
 */
export const rule: Ssda903Rule = tableRule(meta903('SW01bSTG1'), 'social_worker', (row, context, report) => {
  if (row.SW_DECOM !== null && row.SW_DECOM >= context.collectionStart) reportBlankItems(row, ['SW_REASON'], report);
});
