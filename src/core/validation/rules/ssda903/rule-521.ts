import { meta903 } from './rules-metadata.ts';
import { PLACED_FOR_ADOPTION } from './range-helpers-500-999.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The decision that adoption is in the child's best interests (DATE_INT) comes on or before each placement for adoption (A3–A6) starts. */
export const rule: Ssda903Rule = childRule(meta903('521'), (child, _context, report) => {
  for (const ad of child.ad1) {
    if (ad.DATE_INT === null) continue;
    for (const e of child.facts.episodes) {
      if (e.PLACE !== null && PLACED_FOR_ADOPTION.has(e.PLACE) && ad.DATE_INT > e.DECOM!) {
        report(at.ad1(ad, 'DATE_INT'), [at.episode(e, 'DECOM'), at.episode(e, 'PLACE')]);
      }
    }
  }
});
