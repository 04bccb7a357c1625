import { meta903 } from './rules-metadata.ts';
import { distanceMiles } from './reference-data.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { inYearEpisode, placeOf } from './placements.ts';

/**
 * The placement distance (PL_DISTANCE, which the DfE works out from HOME_POST and PL_POST) can be worked out
 * for each episode of the year with both postcodes: each postcode is known to the reference and has a
 * position. The postcode that is not known is reported, as that is what to correct.
 */
export const rule: Ssda903Rule = tableRule(meta903('164'), 'episodes', (row, context, report) => {
  if (!inYearEpisode(row, context)) return;
  const home = placeOf(row.HOME_POST, context);
  const placement = placeOf(row.PL_POST, context);
  if (home === null || placement === null) return;
  if (home === undefined) report(at.episode(row, 'HOME_POST'));
  if (placement === undefined) report(at.episode(row, 'PL_POST'));
  if (home && placement && distanceMiles(home, placement) === null) report(at.episode(row, 'PL_POST'), [at.episode(row, 'HOME_POST')]);
});
