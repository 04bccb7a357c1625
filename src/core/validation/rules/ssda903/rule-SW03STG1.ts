import { reportBlankItems } from './social-workers.ts';
import { meta903 } from './rules-metadata.ts';
import { tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** 2023/24: every social worker episode has SW_ID, SW_DECOM and SW_REASON (split into SW01a and SW01b from 2024/25). */
export const rule: Ssda903Rule = tableRule(meta903('SW03STG1'), 'social_worker', (row, _context, report) => {
  reportBlankItems(row, ['SW_ID', 'SW_DECOM', 'SW_REASON'], report);
});
