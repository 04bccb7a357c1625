import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A child cannot start to be looked after (RNE S) on or after the 18th birthday. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('352', undefined, { howToFix: 'Correct the date of birth or the episode start: a person of 18 or over cannot start to be looked after.' }),
  { field: 'RNE', codes: new Set(['S']), on: 'DECOM', age: 18, minimum: false },
);
