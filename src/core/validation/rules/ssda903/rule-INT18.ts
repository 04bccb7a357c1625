import { sameDobRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Each UASC row repeats the Header date of birth. */
export const rule: Ssda903Rule = sameDobRule(meta903('INT18'), 'uasc');
