import { yesNo } from '../../../codes/code-list.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** FOSTER_CARE, where given, is 0 or 1. */
export const rule: Ssda903Rule = validCodeRule(meta903('114'), 'ad1', 'FOSTER_CARE', yesNo, false);
