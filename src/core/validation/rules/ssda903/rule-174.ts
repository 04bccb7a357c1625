import { variants903 } from './rules-metadata.ts';
import { at, given, isMale, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A male child (SEX 1, or M from 2024/25) has no mother's child's date of birth. The variants differ only in wording. */
export const rules: Ssda903Rule[] = variants903('174').map((meta) =>
  tableRule(meta, 'header', (row, _context, report) => {
    if (isMale(row.SEX) && given(row, 'MC_DOB')) report(at.header(row, 'MC_DOB'), [at.header(row, 'SEX')]);
  }),
);
