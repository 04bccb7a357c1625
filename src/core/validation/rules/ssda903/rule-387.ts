import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A child moving into independent living (E5/E6) is at least 14 on the date the episode ceased. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('387', undefined, { howToFix: 'Correct the reason ceased or the date of birth: a child under 14 cannot move into independent living.' }),
  { field: 'REC', codes: new Set(['E5', 'E6']), on: 'DEC', age: 14, minimum: true },
);
