import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** A DoLO has a start date that is a real date: one that cannot be read, or none at all, is reported. */
export const rule: Ssda903Rule = tableRule(meta903('700'), 'dolo', (row, _context, report) => {
  if (unreadable(row, 'DOLO_START') || blank(row.raw?.DOLO_START ?? row.DOLO_START)) report(at.dolo(row, 'DOLO_START'));
});
