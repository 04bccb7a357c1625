import { reportBlankItems } from './social-workers.ts';
import { meta903 } from './rules-metadata.ts';
import { tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * Every social worker episode has SW_ID and SW_DECOM. The DfE split 2023/24's SW03STG1 in two for
 * 2024/25: this half is the items every episode has; SW01bSTG1 adds the reason for episodes begun in the year.
 */
export const rule: Ssda903Rule = tableRule(meta903('SW01aSTG1'), 'social_worker', (row, _context, report) => {
  reportBlankItems(row, ['SW_ID', 'SW_DECOM'], report);
});
