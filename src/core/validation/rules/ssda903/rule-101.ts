import { sex903 } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** SEX is a code of the year's list: 1/2 to 2023/24, M/F/U from 2024/25 (the code list carries the change). */
export const rules: Ssda903Rule[] = variants903('101').map((meta) => validCodeRule(meta, 'header', 'SEX', sex903, true));
