import { careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child whose care was open at the end of last year and who has no episodes this year has a gap in
 * the record, not care leaver information: the episode ending that care belongs in this year's return.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1010'), (row, child, _context, report) => {
  if (child.episodes.length > 0) return;
  const open = child.facts.openAtEndOfLastYear;
  if (open) reportCareLeaverInfo(row, report, [at.previous(at.episode(open, 'DECOM'))]);
});
