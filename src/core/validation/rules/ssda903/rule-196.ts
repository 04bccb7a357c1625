import { sdqReason } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** SDQ_REASON, where given, is SDQ1 to SDQ5. */
export const rule: Ssda903Rule = validCodeRule(meta903('196'), 'oc2', 'SDQ_REASON', sdqReason, false);
