import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** MIS_END, where given, is a real date (an episode still going on has none). */
export const rule: Ssda903Rule = validDateRule(meta903('1005'), 'missing', 'MIS_END', false);
