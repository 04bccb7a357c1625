import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** Staying with current carers at 18 or above (E17) needs a young person of at least 18 on the date the episode ceased. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('460', undefined, { howToFix: 'Correct the reason ceased or the date of birth: the young person was under 18 when the episode ceased.' }),
  { field: 'REC', codes: new Set(['E17']), on: 'DEC', age: 18, minimum: true },
);
