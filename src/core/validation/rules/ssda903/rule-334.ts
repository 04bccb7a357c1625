import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeCell, twoYearsOfPeriods } from './episodes.ts';

/**
 * The decision that the child should be placed for adoption is on or after the start of the latest period
 * of care. The period is looked for in both years' episodes; when even the earliest of them carries on a
 * period (its RNE is not S), the period began before the returns given and its start is unknown, so the
 * decision is not checked (the first episode of this year's return is rarely the start of the period).
 */
export const rule: Ssda903Rule = childRule(
  meta903('334', undefined, { howToFix: 'Correct the date of the decision to place for adoption or the start of the latest period of care.' }),
  (child, _context, report) => {
    if (child.ad1.length === 0) return;
    const periods = twoYearsOfPeriods(child);
    const latest = periods[periods.length - 1];
    if (!latest?.begun) return;
    const first = latest.period.episodes[0]!;
    for (let i = 0; i < child.ad1.length; i++) {
      const row = child.ad1[i]!;
      if (row.DATE_INT !== null && row.DATE_INT < latest.period.start) report(at.ad1(row, 'DATE_INT'), [episodeCell(child, first, 'DECOM')]);
    }
  },
  ['ad1'],
);
