import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** P2 (independent living) ended on 28 October 2023: no episode starting on or after that day has it. */
export const rule: Ssda903Rule = tableRule(meta903('217t'), 'episodes', (row, _context, report) => {
  if (row.PLACE === 'P2' && row.DECOM !== null && row.DECOM >= '2023-10-28') report(at.episode(row, 'PLACE'), [at.episode(row, 'DECOM')]);
});
