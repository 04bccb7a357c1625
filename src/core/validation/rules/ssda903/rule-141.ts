import { validDateRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** DECOM is a real date (it is required). */
export const rule: Ssda903Rule = validDateRule(meta903('141'), 'episodes', 'DECOM', true);
