import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { providerOf } from './placements.ts';

/** The placement provider code fits the provider the URN names (e.g. PR4 for a private home; PR1 or PR2 for a council's). */
export const rule: Ssda903Rule = tableRule(meta903('224'), 'episodes', (row, context, report) => {
  const provider = providerOf(row, context);
  if (provider && row.PLACE_PROVIDER !== null && !provider.providerCodes.includes(row.PLACE_PROVIDER)) {
    report(at.episode(row, 'PLACE_PROVIDER'), [at.episode(row, 'URN')]);
  }
});
