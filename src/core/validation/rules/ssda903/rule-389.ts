import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A child transferred to adult social care (E7) is at least 16 on the date the episode ceased. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('389', undefined, { howToFix: 'Correct the reason ceased or the date of birth: a child under 16 cannot transfer to adult social care.' }),
  { field: 'REC', codes: new Set(['E7']), on: 'DEC', age: 16, minimum: true },
);
