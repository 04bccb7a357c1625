import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { spellLengthRule } from './spell-length-rule.ts';

/** A temporary period in hospital (T1) lasts at most six weeks (42 days); the DfE names the header for the rule but only the episode dates decide it. */
export const rule: Ssda903Rule = spellLengthRule(
  meta903('375', undefined, { howToFix: 'Correct the dates or the placement type: a hospital stay over six weeks is not a temporary placement.' }),
  'PLACE',
  new Set(['T1']),
  42,
);
