import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { OC2_YES_NO } from './table-items.ts';

/** Each OC2 yes/no item, where given, is 0 or 1. */
export const rule: Ssda903Rule = tableRule(meta903('181'), 'oc2', (row, _context, report) => {
  for (let i = 0; i < OC2_YES_NO.length; i++) {
    const f = OC2_YES_NO[i]!;
    const v = row[f];
    if (!blank(v) && v !== '0' && v !== '1') report(at.oc2(row, f));
  }
});
