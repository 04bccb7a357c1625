import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { dobCell } from './ages.ts';

/**
 * Care leaver information (OC3) is only for young people who were 17 to 21 at some time in the year: at
 * least 17 on 31 March and not yet 22 on 1 April.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('391', undefined, { howToFix: 'Remove the care leaver information, or correct the date of birth: the young person was not 17 to 21 during the year.' }),
  'oc3',
  (row, context, report, child) => {
    const dob = dobOf(child, row);
    if (dob === null) return;
    if (ageOn(dob, context.referenceDate) < 17 || ageOn(dob, context.collectionStart) > 21) report(at.oc3(row, 'DOB'), dobCell(child));
  },
);
