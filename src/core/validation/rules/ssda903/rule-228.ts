import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { providerOf } from './placements.ts';

/**
 * The provider was still registered on the day the episode ended (DEC; 31 March for an open episode, which is
 * why the DfE warns of false positives for homes that closed in the year): not closed before it, and
 * registered by then.
 */
export const rule: Ssda903Rule = tableRule(meta903('228'), 'episodes', (row, context, report) => {
  const provider = providerOf(row, context);
  if (!provider) return;
  const end = row.DEC ?? context.referenceDate;
  if ((provider.closed !== null && provider.closed < end) || (provider.registered !== null && provider.registered > end)) {
    report(at.episode(row, 'URN'), [at.episode(row, 'DEC')]);
  }
});
