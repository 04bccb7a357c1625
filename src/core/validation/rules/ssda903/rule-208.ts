import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { headerAgreesRule } from './year-on-year.ts';

/**
 * UPN agrees with last year's, unless last year's was an unknown-reason code (UN1–UN5): a UPN found since
 * replaces the code. A known UPN replaced by a code, or by another UPN, is reported.
 */
export const rule: Ssda903Rule = headerAgreesRule(meta903('208'), 'UPN', (now, before) => now.toUpperCase() === before.toUpperCase() || /^UN\d$/i.test(before));
