import { meta903 } from './rules-metadata.ts';
import { at, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** A missing or away period starts on or after the child's date of birth (the header's, else the Missing row's). */
export const rule: Ssda903Rule = tableRule(meta903('586'), 'missing', (row, _context, report, child) => {
  const dob = dobOf(child, row);
  if (row.MIS_START === null || dob === null || row.MIS_START >= dob) return;
  const header = child.facts.header;
  report(at.missing(row, 'MIS_START'), [header?.DOB ? at.header(header, 'DOB') : at.missing(row, 'DOB')]);
});
