import { careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeCell, twoYearsOfEpisodes } from './episodes.ts';
import { code } from './ssda903-rule.ts';

/**
 * A child whose episode ceased because they died (REC E2) has no care leaver information. Last year's
 * episodes are looked at too when that return was given, as the DfE message says ("current and previous
 * year data loaded"); without it only this year's are.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1000'), (row, child, _context, report) => {
  const died = twoYearsOfEpisodes(child).find((e) => code(e.REC) === 'E2');
  if (died) reportCareLeaverInfo(row, report, [episodeCell(child, died, 'REC')]);
});
