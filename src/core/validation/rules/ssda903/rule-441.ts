import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { reviewAgeRule } from './ages.ts';

/** Participation PN1–PN7 (how a child of 4 or over took part) needs a child of at least 4 on the review date. */
export const rule: Ssda903Rule = reviewAgeRule(
  meta903('441', undefined, { howToFix: 'Record participation PN0: the child was under 4 at the review.' }),
  new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']),
  false,
);
