import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** An unmarried same-sex couple (L4) has SEX_ADOPTR MM or FF. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('518'), 'LS_ADOPTR', 'L4', ['MM', 'FF']);
