import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { latestDecision } from './adoption-decisions.ts';

/**
 * The decision that the child should be placed for adoption is the decision that adoption is in the
 * child's best interests (AD1 DATE_INT). A child with several decisions is compared on the latest, the
 * one that led to the adoption (the DfE's text assumes one).
 */
export const rule: Ssda903Rule = childRule(meta903('523'), (child, _context, report) => {
  const latest = latestDecision(child.placed_for_adoption);
  if (latest === undefined) return;
  for (let i = 0; i < child.ad1.length; i++) {
    const ad = child.ad1[i]!;
    if (ad.DATE_INT !== null && ad.DATE_INT !== latest.DATE_PLACED) report(at.placed(latest, 'DATE_PLACED'), [at.ad1(ad, 'DATE_INT')]);
  }
}, ['ad1']);
