import { meta903 } from './rules-metadata.ts';
import { at, childRule, firstGiven, type Ssda903Rule } from './ssda903-rule.ts';
import { OC2_YES_NO, OC3_ITEMS } from './table-items.ts';

/** A care leaver with OC3 items has no OC2 (looked after 12 months) items. */
export const rule: Ssda903Rule = childRule(meta903('215'), (child, _context, report) => {
  const leaver = child.oc3.find((r) => firstGiven(r, OC3_ITEMS) !== undefined);
  if (!leaver) return;
  for (let i = 0; i < child.oc2.length; i++) {
    const row = child.oc2[i]!;
    const f = firstGiven(row, OC2_YES_NO);
    if (f) report(at.oc2(row, f), [at.oc3(leaver, firstGiven(leaver, OC3_ITEMS)!)]);
  }
}, ['oc3']);
