import { ethnicity } from '../../../codes/cin-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** ETHNIC is one of the DfE ethnicity codes and is given. */
export const rule: Ssda903Rule = validCodeRule(meta903('103'), 'header', 'ETHNIC', ethnicity, true);
