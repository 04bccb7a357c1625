import { careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { twoYearsOfEpisodes } from './episodes.ts';

/** Care leaver information needs episodes of care: none this year or last year (the years Sightline is given) breaks the rule. */
export const rule: Ssda903Rule = careLeaverRule(meta903('1002'), (row, child, _context, report) => {
  if (twoYearsOfEpisodes(child).length === 0) reportCareLeaverInfo(row, report, []);
});
