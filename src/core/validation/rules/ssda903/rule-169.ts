import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { inYearEpisode, placeOf } from './placements.ts';

/**
 * The LA of placement (PL_LA, which the DfE works out from PL_POST) can be worked out for each episode of the
 * year with a placement postcode: the postcode is known to the reference and lies in a council. A blank
 * PL_POST is left to the rules on PL_POST itself.
 */
export const rule: Ssda903Rule = tableRule(meta903('169'), 'episodes', (row, context, report) => {
  if (!inYearEpisode(row, context)) return;
  const place = placeOf(row.PL_POST, context);
  if (place === undefined || (place !== null && place.la.trim() === '')) report(at.episode(row, 'PL_POST'));
});
