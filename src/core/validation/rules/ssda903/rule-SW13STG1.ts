import { socialWorkerChangeReason } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/**
 * SW_REASON is a code of the list. In 2023/24 a blank breaks the rule too ("or has not been entered");
 * from 2024/25 only a wrong code does (a blank reason is SW01bSTG1's).
 */
export const rules: Ssda903Rule[] = variants903('SW13STG1').map((meta) =>
  validCodeRule(meta, 'social_worker', 'SW_REASON', socialWorkerChangeReason, meta.years.includes('2023/24')),
);
