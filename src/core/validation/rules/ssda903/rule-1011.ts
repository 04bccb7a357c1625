import { careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeCell, twoYearsOfEpisodes } from './episodes.ts';
import { code } from './ssda903-rule.ts';

/**
 * A child whose final episode ended with care taken over by another council (REC E3) is that council's
 * care leaver, not this one's. The final episode is this year's last, else last year's when given.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1011'), (row, child, _context, report) => {
  const episodes = twoYearsOfEpisodes(child);
  const final = episodes[episodes.length - 1];
  if (final && code(final.REC) === 'E3') reportCareLeaverInfo(row, report, [episodeCell(child, final, 'REC')]);
});
