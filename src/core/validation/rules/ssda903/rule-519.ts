import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Civil partners (L2) are a couple: SEX_ADOPTR is MM, FF or MF (civil partnerships are open to all couples). */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('519'), 'LS_ADOPTR', 'L2', ['MM', 'FF', 'MF']);
