import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { completeOrBlank } from './given-items.ts';

/** An episode's DEC and REC are both given or both blank. */
export const rule: Ssda903Rule = tableRule(meta903('148'), 'episodes', (row, _context, report) => {
  completeOrBlank(row, ['DEC', 'REC'] as const, (f) => at.episode(row, f), report);
});
