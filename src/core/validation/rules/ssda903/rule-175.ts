import type { CodeListHistory } from '../../../codes/code-list.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

const numberOfAdopters: CodeListHistory = { name: 'number of adopters (NB_ADOPTR)', codes: { '1': 'One adopter', '2': 'Two adopters' } };

/** NB_ADOPTR, where given, is 1 or 2. */
export const rule: Ssda903Rule = validCodeRule(meta903('175'), 'ad1', 'NB_ADOPTR', numberOfAdopters, false);
