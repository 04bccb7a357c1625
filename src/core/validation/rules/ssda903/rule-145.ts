import { categoryOfNeed } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** CIN (category of need) is N1 to N8. */
export const rule: Ssda903Rule = validCodeRule(meta903('145'), 'episodes', 'CIN', categoryOfNeed, true);
