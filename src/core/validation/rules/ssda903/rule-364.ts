import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/**
 * Accommodation under PACE (J2) is short: the DfE's message gives no number, and 21 days is taken as the
 * limit (the longest of the other short legal statuses), so only plainly wrong spells are flagged.
 */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('364', undefined, { howToFix: 'Correct the dates or the legal status: accommodation under PACE cannot last this long.' }),
  'LS',
  new Set(['J2']),
  21,
);
