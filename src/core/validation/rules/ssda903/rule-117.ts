import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

const DATES = ['DATE_PLACED', 'DATE_PLACED_CEASED'] as const;

/**
 * The decisions to place, or no longer place, for adoption are on or before 31 March, and, when the child's
 * latest episode ended the care (a DEC with a reason other than X1), on or before that DEC.
 */
export const rule: Ssda903Rule = childRule(meta903('117'), (child, context, report) => {
  const latest = child.facts.episodes[child.facts.episodes.length - 1];
  const left = latest && latest.DEC !== null && latest.REC !== null && latest.REC !== 'X1' ? latest : undefined;
  for (let i = 0; i < child.placed_for_adoption.length; i++) {
    const row = child.placed_for_adoption[i]!;
    for (let j = 0; j < DATES.length; j++) {
      const f = DATES[j]!;
      const date = row[f];
      if (date === null) continue;
      if (date > context.referenceDate) report(at.placed(row, f));
      else if (left && date > left.DEC!) report(at.placed(row, f), [at.episode(left, 'DEC'), at.episode(left, 'REC')]);
    }
  }
}, ['placed_for_adoption']);
