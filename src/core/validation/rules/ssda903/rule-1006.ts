import { missingType } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** MISSING is M (missing) or A (away without authorisation); a row without it says neither, so blank breaks the rule too. */
export const rule: Ssda903Rule = validCodeRule(meta903('1006'), 'missing', 'MISSING', missingType, true);
