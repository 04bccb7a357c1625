import { meta903 } from './rules-metadata.ts';
import { at, code, dobOf, inYear, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { birthday, dobCell } from './ages.ts';

/**
 * Staying with former foster carers (ACCOM Z1/Z2, "staying put") is for 18-year-olds and over: it is not
 * the accommodation of a young person whose 17th birthday falls in this year. The DfE names REC as the
 * field, but the value to correct is ACCOM, so the finding is there.
 */
export const rule: Ssda903Rule = tableRule(meta903('3001'), 'oc3', (row, context, report, child) => {
  const dob = dobOf(child, row);
  if (dob === null || !code(row.ACCOM)?.startsWith('Z')) return;
  if (inYear(context, birthday(dob, 17))) report(at.oc3(row, 'ACCOM'), dobCell(child));
});
