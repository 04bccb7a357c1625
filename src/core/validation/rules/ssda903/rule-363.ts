import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** A child assessment order (L3) lasts at most 7 days. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('363', undefined, { howToFix: 'Correct the dates or the legal status: a child assessment order cannot last more than 7 days.' }),
  'LS',
  new Set(['L3']),
  7,
);
