import { meta903 } from './rules-metadata.ts';
import { at, dobOf, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** A DoLO starts on or after the child's date of birth (the header's, else the DoLo row's). */
export const rule: Ssda903Rule = tableRule(meta903('708'), 'dolo', (row, _context, report, child) => {
  const dob = dobOf(child, row);
  if (row.DOLO_START === null || dob === null || row.DOLO_START >= dob) return;
  const header = child.facts.header;
  report(at.dolo(row, 'DOLO_START'), [header?.DOB ? at.header(header, 'DOB') : at.dolo(row, 'DOB')]);
});
