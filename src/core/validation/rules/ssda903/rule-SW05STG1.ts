import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** SW_DEC, where given, is a real date (the DfE's message says "began" but the field is the end date). */
export const rule: Ssda903Rule = validDateRule(meta903('SW05STG1'), 'social_worker', 'SW_DEC', false);
