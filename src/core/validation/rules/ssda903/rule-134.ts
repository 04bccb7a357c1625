import { meta903 } from './rules-metadata.ts';
import { at, childRule, firstGiven, type Ssda903Rule } from './ssda903-rule.ts';
import { AD1_ITEMS, OC3_ITEMS } from './table-items.ts';

/** A care leaver with OC3 items has no adoption (AD1) items: one row per AD1 row with any given. */
export const rule: Ssda903Rule = childRule(meta903('134'), (child, _context, report) => {
  const leaver = child.oc3.find((r) => firstGiven(r, OC3_ITEMS) !== undefined);
  if (!leaver) return;
  for (let i = 0; i < child.ad1.length; i++) {
    const row = child.ad1[i]!;
    const f = firstGiven(row, AD1_ITEMS);
    if (f) report(at.ad1(row, f), [at.oc3(leaver, firstGiven(leaver, OC3_ITEMS)!)]);
  }
}, ['ad1']);
