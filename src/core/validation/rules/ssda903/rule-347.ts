import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, code, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { dobCell } from './ages.ts';

const FOYER = new Set(['T1', 'T2']);

/**
 * A care leaver under 18 cannot live in a foyer (accommodation T1/T2). The DfE names PLACE, DEC and URN
 * for the rule but the foyer is an OC3 accommodation code; age is taken on 31 March, when the OC3
 * information is reported.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('347', undefined, { howToFix: 'Correct the accommodation: a care leaver under 18 cannot be recorded in a foyer.' }),
  'oc3',
  (row, context, report, child) => {
    const accom = code(row.ACCOM);
    const dob = dobOf(child, row);
    if (accom !== null && FOYER.has(accom) && dob !== null && ageOn(dob, context.referenceDate) < 18) report(at.oc3(row, 'ACCOM'), dobCell(child));
  },
);
