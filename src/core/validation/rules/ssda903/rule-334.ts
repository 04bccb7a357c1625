import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The decision that the child should be placed for adoption is on or after the start of the latest period of care. */
export const rule: Ssda903Rule = childRule(
  meta903('334', undefined, { howToFix: 'Correct the date of the decision to place for adoption or the start of the latest period of care.' }),
  (child, _context, report) => {
    const latest = child.facts.periods[child.facts.periods.length - 1];
    if (!latest) return;
    for (const row of child.ad1) {
      if (row.DATE_INT !== null && row.DATE_INT < latest.start) report(at.ad1(row, 'DATE_INT'), [at.episode(latest.episodes[0]!, 'DECOM')]);
    }
  },
);
