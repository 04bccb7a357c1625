import { inHeaderRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A child with rows in PlacedAdoption is in Header. */
export const rule: Ssda903Rule = inHeaderRule(meta903('INT02'), 'placed_for_adoption');
