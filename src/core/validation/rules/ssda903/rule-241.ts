import { meta903 } from './rules-metadata.ts';
import { AT_PROVIDER_PREMISES } from './placement-types.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { placeOf, providerOf } from './placements.ts';

/**
 * A placement at the provider's own premises is in a council where the provider has premises: the council of
 * PL_POST is one of the provider's. It needs both references (the DfE's table names neither).
 */
export const rule: Ssda903Rule = tableRule(meta903('241', undefined, { needs: ['providers', 'postcodes'] }), 'episodes', (row, context, report) => {
  const provider = providerOf(row, context);
  if (!provider || row.PLACE === null || !AT_PROVIDER_PREMISES.has(row.PLACE)) return;
  const place = placeOf(row.PL_POST, context);
  if (place && !provider.las.includes(place.la)) report(at.episode(row, 'URN'), [at.episode(row, 'PL_POST')]);
});
