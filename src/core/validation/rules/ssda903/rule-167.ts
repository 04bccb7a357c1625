import { reviewCode } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** REVIEW_CODE is PN0 to PN7 and is given. */
export const rule: Ssda903Rule = validCodeRule(meta903('167'), 'reviews', 'REVIEW_CODE', reviewCode, true);
