import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child's date of birth cannot fall after the end of the collection year (31 March). */
export const rule: Ssda903Rule = tableRule(
  meta903('301', undefined, { howToFix: 'Correct the date of birth: it falls after 31 March at the end of the year.' }),
  'header',
  (row, context, report) => {
    if (row.DOB !== null && row.DOB > context.referenceDate) report(at.header(row, 'DOB'));
  },
);
