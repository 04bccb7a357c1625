import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Two adopters are a couple: SEX_ADOPTR is MM, FF or MF. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('511'), 'NB_ADOPTR', '2', ['MM', 'FF', 'MF']);
