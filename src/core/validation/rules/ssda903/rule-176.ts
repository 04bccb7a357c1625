import { sexOfAdopters } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** SEX_ADOPTR, where given, is M1, F1, MM, FF or MF. */
export const rule: Ssda903Rule = validCodeRule(meta903('176'), 'ad1', 'SEX_ADOPTR', sexOfAdopters, false);
