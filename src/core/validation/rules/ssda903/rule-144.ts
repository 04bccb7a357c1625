import { legalStatus } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** LS is a legal status code. */
export const rule: Ssda903Rule = validCodeRule(meta903('144'), 'episodes', 'LS', legalStatus, true);
