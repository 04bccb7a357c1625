import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** Temporary accommodation while the usual foster carers are on holiday (T3) lasts at most three weeks (21 days). */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('376', undefined, { howToFix: 'Correct the dates or the placement type: cover for foster carers’ holiday cannot exceed three weeks.' }),
  'PLACE',
  new Set(['T3']),
  21,
);
