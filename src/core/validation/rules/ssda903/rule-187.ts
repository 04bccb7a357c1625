import { meta903 } from './rules-metadata.ts';
import { at, childRule, firstGiven, type Ssda903Rule } from './ssda903-rule.ts';
import { AD1_ITEMS, OC3_ITEMS } from './table-items.ts';

/** A child looked after throughout the year (the OC2 cohort) has no adoption (AD1) or care leaver (OC3) items. */
export const rule: Ssda903Rule = childRule(meta903('187'), (child, _context, report) => {
  if (!child.facts.continuouslyLookedAfter12Months) return;
  for (let i = 0; i < child.ad1.length; i++) {
    const row = child.ad1[i]!;
    const f = firstGiven(row, AD1_ITEMS);
    if (f) report(at.ad1(row, f));
  }
  for (let i = 0; i < child.oc3.length; i++) {
    const row = child.oc3[i]!;
    const f = firstGiven(row, OC3_ITEMS);
    if (f) report(at.oc3(row, f));
  }
}, ['ad1', 'oc3']);
