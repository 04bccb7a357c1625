import { sameDobRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Each OC3 row repeats the Header date of birth. */
export const rule: Ssda903Rule = sameDobRule(meta903('INT15'), 'oc3');
