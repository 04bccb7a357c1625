import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode still open (no DEC) has no reason for placement change: the reason belongs to the episode the change ends. */
export const rule: Ssda903Rule = tableRule(meta903('233'), 'episodes', (row, _context, report) => {
  if (!given(row, 'DEC') && given(row, 'REASON_PLACE_CHANGE')) report(at.episode(row, 'REASON_PLACE_CHANGE'), [at.episode(row, 'DEC')]);
});
