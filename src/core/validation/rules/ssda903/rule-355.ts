import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode lasts at least a day: it cannot end on the day it started. */
export const rule: Ssda903Rule = tableRule(
  meta903('355', undefined, { howToFix: 'Correct the episode dates: an episode must end after the day it started.' }),
  'episodes',
  (row, _context, report) => {
    if (row.DECOM !== null && row.DEC === row.DECOM) report(at.episode(row, 'DECOM'), [at.episode(row, 'DEC')]);
  },
);
