import { accommodation } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** ACCOM, where given, is a code of the list. */
export const rule: Ssda903Rule = validCodeRule(meta903('133'), 'oc3', 'ACCOM', accommodation, false);
