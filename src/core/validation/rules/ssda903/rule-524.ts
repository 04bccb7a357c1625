import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A same-sex married couple (L12) has SEX_ADOPTR MM or FF. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('524'), 'LS_ADOPTR', 'L12', ['MM', 'FF']);
