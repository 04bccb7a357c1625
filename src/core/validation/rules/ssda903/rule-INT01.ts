import { inHeaderRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A child with rows in AD1 is in Header. */
export const rule: Ssda903Rule = inHeaderRule(meta903('INT01'), 'ad1');
