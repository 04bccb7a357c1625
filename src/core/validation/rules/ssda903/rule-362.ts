import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** An emergency protection order (L2) lasts at most 21 days, as the DfE's message says. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('362', undefined, { howToFix: 'Correct the dates or the legal status: an emergency protection order cannot last more than 21 days.' }),
  'LS',
  new Set(['L2']),
  21,
);
