import { placedForAdoption, starts } from './adoption-decisions.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The decision that adoption is in the child's best interests (DATE_INT) comes on or before the child is
 * placed for adoption: the start of each run of A3–A6 episodes (a later episode of the same run, e.g. a
 * change of legal status, is not a new placement).
 */
export const rule: Ssda903Rule = childRule(meta903('521'), (child, _context, report) => {
  for (let i = 0; i < child.ad1.length; i++) {
    const ad = child.ad1[i]!;
    if (ad.DATE_INT === null) continue;
    const placed = starts(child.facts.episodes, placedForAdoption);
    for (let j = 0; j < placed.length; j++) {
      const e = placed[j]!;
      if (ad.DATE_INT > e.DECOM!) report(at.ad1(ad, 'DATE_INT'), [at.episode(e, 'DECOM'), at.episode(e, 'PLACE')]);
    }
  }
}, ['ad1']);
