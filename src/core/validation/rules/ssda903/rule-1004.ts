import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** MIS_START is a real date; every missing or away episode has one, so a blank breaks the rule too. */
export const rule: Ssda903Rule = validDateRule(meta903('1004'), 'missing', 'MIS_START', true);
