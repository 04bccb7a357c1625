import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** An unmarried male and female couple (L3) has SEX_ADOPTR MF. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('517'), 'LS_ADOPTR', 'L3', ['MF']);
