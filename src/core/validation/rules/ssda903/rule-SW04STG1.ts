import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** SW_DECOM, where given, is a real date (a blank one is the completeness rules'). */
export const rule: Ssda903Rule = validDateRule(meta903('SW04STG1'), 'social_worker', 'SW_DECOM', false);
