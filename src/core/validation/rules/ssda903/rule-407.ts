import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** A special guardianship order (E45–E48) is made before the 18th birthday: age on the date the episode ceased. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('407', undefined, { howToFix: 'Correct the reason ceased or the date of birth: a special guardianship order cannot be made at 18 or over.' }),
  { field: 'REC', codes: new Set(['E45', 'E46', 'E47', 'E48']), on: 'DEC', age: 18, minimum: false },
);
