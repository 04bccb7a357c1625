import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** DATE_PLACED, where given, is a real date. */
export const rule: Ssda903Rule = validDateRule(meta903('115'), 'placed_for_adoption', 'DATE_PLACED', false);
