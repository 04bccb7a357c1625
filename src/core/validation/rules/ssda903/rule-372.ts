import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** Youth custody or prison (R5) needs a child of at least 10 at the start of the episode. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('372', undefined, { howToFix: 'Correct the placement type or the date of birth: a child in youth custody must be at least 10.' }),
  { field: 'PLACE', codes: new Set(['R5']), on: 'DECOM', age: 10, minimum: true },
);
