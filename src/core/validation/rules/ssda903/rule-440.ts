import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { reviewAgeRule } from './ages.ts';

/** Participation PN0 ("child under 4") needs a child under 4 on the review date. */
export const rule: Ssda903Rule = reviewAgeRule(
  meta903('440', undefined, { howToFix: 'Record how the child took part in the review: they were 4 or over, so PN0 does not apply.' }),
  new Set(['PN0']),
  true,
);
