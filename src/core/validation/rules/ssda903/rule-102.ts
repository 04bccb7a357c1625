import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** DOB is a real date (it is required, so blank breaks the rule too). */
export const rule: Ssda903Rule = validDateRule(meta903('102'), 'header', 'DOB', true);
