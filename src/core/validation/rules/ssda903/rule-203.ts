import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { headerAgreesRule } from './year-on-year.ts';

/** DOB agrees with last year's. */
export const rule: Ssda903Rule = headerAgreesRule(meta903('203'), 'DOB');
