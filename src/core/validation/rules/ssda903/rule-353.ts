import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The Children Act 1989 came into force on 14 October 1991: no episode under its legal statuses can start earlier. */
const CHILDREN_ACT_1989 = '1991-10-14';

export const rule: Ssda903Rule = tableRule(
  meta903('353', undefined, { howToFix: 'Correct the episode start: no episode can start before 14 October 1991.' }),
  'episodes',
  (row, _context, report) => {
    if (row.DECOM !== null && row.DECOM < CHILDREN_ACT_1989) report(at.episode(row, 'DECOM'));
  },
);
