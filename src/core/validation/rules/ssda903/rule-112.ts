import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** DATE_INT, where given, is a real date. */
export const rule: Ssda903Rule = validDateRule(meta903('112'), 'ad1', 'DATE_INT', false);
