import { onceRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A child has one row in Header. */
export const rule: Ssda903Rule = onceRule(meta903('INT32'), 'header');
