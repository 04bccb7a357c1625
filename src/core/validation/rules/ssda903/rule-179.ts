import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { councilOf, inYearEpisode, placeOf } from './placements.ts';

/**
 * The placement location (PL_LOCATION, IN or OUT of the council's area, which the DfE works out from PL_POST
 * and the council) can be worked out for each episode of the year with a placement postcode. It needs the
 * council's code (the rule fails, saying so, without it) and a postcode known to the reference: an unknown
 * postcode breaks this rule as well as 169, as on the DfE's portal, which derives both from it.
 */
export const rule: Ssda903Rule = tableRule(meta903('179'), 'episodes', (row, context, report) => {
  councilOf(context);
  if (inYearEpisode(row, context) && placeOf(row.PL_POST, context) === undefined) report(at.episode(row, 'PL_POST'));
});
