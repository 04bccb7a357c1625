import { beforeReturnsGiven, careLeaverRule, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import { dobOf, type Ssda903Rule } from './ssda903-rule.ts';
import { twoYearsOfEpisodes } from './episodes.ts';
import { birthday } from './ages.ts';

/**
 * Care leaver information needs episodes of care. Sightline is given this year's and last year's returns,
 * so a young person with no episodes in either may have left care before them (the DfE's message warns of
 * these false findings): the rule reports only a young person who turned 16 after last year's return began
 * (see `beforeReturnsGiven`), whose care after 16, which a care leaver must have had, would be in the returns.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1002'), (row, child, context, report) => {
  if (twoYearsOfEpisodes(child).length > 0) return;
  const dob = dobOf(child, row);
  if (dob !== null && birthday(dob, 16) >= beforeReturnsGiven(context)) reportCareLeaverInfo(row, report, []);
});
