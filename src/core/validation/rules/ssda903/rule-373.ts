import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A residential school (S1) needs a child of at least 4 at the start of the episode. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('373', undefined, { howToFix: 'Correct the placement type or the date of birth: a child in a residential school must be at least 4.' }),
  { field: 'PLACE', codes: new Set(['S1']), on: 'DECOM', age: 4, minimum: true },
);
