import { legalStatusOfAdopters } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** LS_ADOPTR, where given, is L0, L11, L12, L2, L3 or L4. */
export const rule: Ssda903Rule = validCodeRule(meta903('177'), 'ad1', 'LS_ADOPTR', legalStatusOfAdopters, false);
