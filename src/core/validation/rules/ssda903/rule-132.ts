import { activity } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** ACTIV, where given, is a code of the year's list. */
export const rule: Ssda903Rule = validCodeRule(meta903('132'), 'oc3', 'ACTIV', activity, false);
