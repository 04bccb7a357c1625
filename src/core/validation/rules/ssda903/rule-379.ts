import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** A temporary placement for any other reason (T4) lasts at most seven days. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('379', undefined, { howToFix: 'Correct the dates or the placement type: a T4 placement cannot exceed seven days.' }),
  'PLACE',
  new Set(['T4']),
  7,
);
