import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode cannot end before it started. */
export const rule: Ssda903Rule = tableRule(
  meta903('356', undefined, { howToFix: 'Correct the episode start or end: the end is before the start.' }),
  'episodes',
  (row, _context, report) => {
    if (row.DECOM !== null && row.DEC !== null && row.DEC < row.DECOM) report(at.episode(row, 'DECOM'), [at.episode(row, 'DEC')]);
  },
);
