import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** Each short break recorded as an episode (V3) lasts at most 17 days. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('365', undefined, { howToFix: 'Correct the dates or the legal status: a single short break cannot last more than 17 days.' }),
  'LS',
  new Set(['V3']),
  17,
);
