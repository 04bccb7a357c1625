import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { providerOf } from './placements.ts';

/** The provider a URN names is registered for the episode's placement type. */
export const rule: Ssda903Rule = tableRule(meta903('219'), 'episodes', (row, context, report) => {
  const provider = providerOf(row, context);
  if (provider && row.PLACE !== null && !provider.placementTypes.includes(row.PLACE)) report(at.episode(row, 'URN'), [at.episode(row, 'PLACE')]);
});
