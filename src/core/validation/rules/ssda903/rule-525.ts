import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { AD1_ITEMS } from './table-items.ts';
import { latestDecision } from './adoption-decisions.ts';

/**
 * A child whose decision to be placed for adoption was reversed is not adopted, so has no adoption (AD1)
 * details. With several decisions only the latest counts: an earlier reversed one may be followed by the
 * decision that led to the adoption.
 */
export const rule: Ssda903Rule = childRule(meta903('525'), (child, _context, report) => {
  const latest = latestDecision(child.placed_for_adoption);
  if (latest === undefined || latest.DATE_PLACED_CEASED === null) return;
  for (let i = 0; i < child.ad1.length; i++) {
    const ad = child.ad1[i]!;
    for (let j = 0; j < AD1_ITEMS.length; j++) { const f = AD1_ITEMS[j]!; if (!blank(ad[f])) report(at.ad1(ad, f), [at.placed(latest, 'DATE_PLACED_CEASED')]); }
  }
}, ['ad1']);
