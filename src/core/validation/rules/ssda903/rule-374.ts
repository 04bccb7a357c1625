import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** Residential employment (P3) needs a child of at least 14 at the start of the episode. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('374', undefined, { howToFix: 'Correct the placement type or the date of birth: a child in residential employment must be at least 14.' }),
  { field: 'PLACE', codes: new Set(['P3']), on: 'DECOM', age: 14, minimum: true },
);
