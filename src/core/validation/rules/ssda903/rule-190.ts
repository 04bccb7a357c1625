import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { OC2_YES_NO } from './table-items.ts';

/** A child not looked after throughout the year (outside the OC2 cohort) has no OC2 items. */
export const rule: Ssda903Rule = tableRule(meta903('190'), 'oc2', (row, _context, report, child) => {
  if (child.facts.continuouslyLookedAfter12Months) return;
  for (let i = 0; i < OC2_YES_NO.length; i++) { const f = OC2_YES_NO[i]!; if (given(row, f)) report(at.oc2(row, f)); }
});
