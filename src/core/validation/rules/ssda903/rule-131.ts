import { inTouch } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** IN_TOUCH, where given, is a code of the list (YES, NO, DIED, REFU, NREQ, RHOM). */
export const rule: Ssda903Rule = validCodeRule(meta903('131'), 'oc3', 'IN_TOUCH', inTouch, false);
