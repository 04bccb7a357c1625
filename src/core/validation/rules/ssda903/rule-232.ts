import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** SEX is not U (unknown). */
export const rule: Ssda903Rule = tableRule(meta903('232'), 'header', (row, _context, report) => {
  if (row.SEX?.trim().toUpperCase() === 'U') report(at.header(row, 'SEX'));
});
