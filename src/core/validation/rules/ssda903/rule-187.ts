import { meta903 } from './rules-metadata.ts';
import { at, childRule, firstGiven, type Ssda903Rule } from './ssda903-rule.ts';
import { AD1_ITEMS, OC3_ITEMS } from './table-items.ts';

/** A child looked after throughout the year (the OC2 cohort) has no adoption (AD1) or care leaver (OC3) items. */
export const rule: Ssda903Rule = childRule(meta903('187'), (child, _context, report) => {
  if (!child.facts.continuouslyLookedAfter12Months) return;
  for (const row of child.ad1) {
    const f = firstGiven(row, AD1_ITEMS);
    if (f) report(at.ad1(row, f));
  }
  for (const row of child.oc3) {
    const f = firstGiven(row, OC3_ITEMS);
    if (f) report(at.oc3(row, f));
  }
}, ['ad1', 'oc3']);
