import { meta903 } from './rules-metadata.ts';
import { at, tableRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** A DoLO end date, when given, is a real date (a blank one means the order is still in force). */
export const rule: Ssda903Rule = tableRule(meta903('701'), 'dolo', (row, _context, report) => {
  if (unreadable(row, 'DOLO_END')) report(at.dolo(row, 'DOLO_END'));
});
