import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A social worker episode lasts at least a day: dates carry no time, so an end on the start day (or,
 * worse, before it) is under 24 hours.
 */
export const rule: Ssda903Rule = tableRule(meta903('SW09STG2'), 'social_worker', (row, _context, report) => {
  if (row.SW_DECOM !== null && row.SW_DEC !== null && row.SW_DEC <= row.SW_DECOM) report(at.socialWorker(row, 'SW_DEC'), [at.socialWorker(row, 'SW_DECOM')]);
});
