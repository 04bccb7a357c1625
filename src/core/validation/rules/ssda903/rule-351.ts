import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { birthday } from './ages.ts';

/** A child in the return was not over 25 on 1 April: "over 25" is read as the 25th birthday falling before 1 April. */
export const rule: Ssda903Rule = tableRule(
  meta903('351', undefined, { howToFix: 'Correct the date of birth, or remove a person who was over 25 when the year began.' }),
  'header',
  (row, context, report) => {
    if (row.DOB !== null && birthday(row.DOB, 25) < context.collectionStart) report(at.header(row, 'DOB'));
  },
);
