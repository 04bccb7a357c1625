import { meta903 } from './rules-metadata.ts';
import { at, dobOf, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The decision to place for adoption is on or after the child's date of birth (the header's). */
export const rule: Ssda903Rule = tableRule(meta903('184'), 'placed_for_adoption', (row, _context, report, child) => {
  const dob = dobOf(child, row);
  if (dob !== null && row.DATE_PLACED !== null && row.DATE_PLACED < dob) {
    report(at.placed(row, 'DATE_PLACED'), child.facts.header ? [at.header(child.facts.header, 'DOB')] : []);
  }
});
