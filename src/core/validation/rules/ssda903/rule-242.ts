import { meta903 } from './rules-metadata.ts';
import { ADOPTION } from './placement-types.ts';
import { NO_URN } from './placements.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** URN XXXXXXX (a regional adoption agency, which has no URN of its own) is used only for adoption placements (A3–A6). */
export const rule: Ssda903Rule = tableRule(meta903('242'), 'episodes', (row, _context, report) => {
  if (row.URN?.trim().toUpperCase() === NO_URN && (row.PLACE === null || !ADOPTION.has(row.PLACE))) report(at.episode(row, 'URN'), [at.episode(row, 'PLACE')]);
});
