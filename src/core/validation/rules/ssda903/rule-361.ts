import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** Police protection (L1) lasts at most 72 hours: as the return has dates only, at most 3 days from DECOM to DEC. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('361', undefined, { howToFix: 'Correct the dates or the legal status: police protection cannot last more than 72 hours.' }),
  'LS',
  new Set(['L1']),
  3,
);
