import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A single adopter (L0) is not recorded as a couple: SEX_ADOPTR is M1 or F1. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('514'), 'LS_ADOPTR', 'L0', ['M1', 'F1']);
