import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { headerAgreesRule } from './year-on-year.ts';

/** The 1/2 coding of SEX to 2023/24 and the M/F coding from 2024/25, compared as the same values. */
const SAME_SEX: Readonly<Record<string, string>> = { '1': 'M', '2': 'F' };

/** SEX agrees with last year's, across the change of coding in 2024/25. */
export const rule: Ssda903Rule = headerAgreesRule(meta903('202'), 'SEX', (now, before) => (SAME_SEX[now] ?? now) === (SAME_SEX[before] ?? before));
