import { daysBetween } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { birthday } from './ages.ts';
import { lastDay, withCode } from './episodes.ts';

const MAX_DAYS = 75;

/**
 * Short breaks under V3 total at most 75 days in any 12 months. Each window starts on the first day of a
 * break and runs 12 months; a break's days are its nights (DEC minus DECOM, to 31 March while open)
 * inside the window. The finding is on the break that takes the total over 75, once per child.
 */
export const rule: Ssda903Rule = childRule(
  meta903('367', undefined, { howToFix: 'Check the short-break episodes: more than 75 days of short breaks in 12 months is not allowed under V3.' }),
  (child, context, report) => {
    const breaks = withCode(child.facts.episodes, 'LS', 'V3');
    for (let i = 0; i < breaks.length; i++) {
      const from = breaks[i]!.DECOM!;
      const to = birthday(from, 1);
      let total = 0;
      for (let j = i; j < breaks.length && breaks[j]!.DECOM! < to; j++) {
        const end = lastDay(breaks[j]!, context);
        total += Math.max(0, daysBetween(breaks[j]!.DECOM!, end < to ? end : to));
        if (total > MAX_DAYS) {
          report(at.episode(breaks[j]!, 'DECOM'), [at.episode(breaks[j]!, 'LS')]);
          return;
        }
      }
    }
  },
);
