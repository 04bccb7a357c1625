import { sexOfAdoptersRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A different-sex married couple (L11) has SEX_ADOPTR MF. The DfE's message names same-sex codes; a single-adopter code contradicts L11 as much, so anything but MF is reported. */
export const rule: Ssda903Rule = sexOfAdoptersRule(meta903('520'), 'LS_ADOPTR', 'L11', ['MF']);
