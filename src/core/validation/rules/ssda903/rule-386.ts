import { ADOPTED } from './episode-codes.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A child is adopted (E11/E12) before the 18th birthday: age on the date the episode ceased. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('386', undefined, { howToFix: 'Correct the reason ceased or the date of birth: a person cannot be adopted at 18 or over.' }),
  { field: 'REC', codes: ADOPTED, on: 'DEC', age: 18, minimum: false },
);
