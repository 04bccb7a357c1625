import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { providerOf } from './placements.ts';

/** The provider was registered on the day the episode began: registered on or before DECOM, and not closed before it. */
export const rule: Ssda903Rule = tableRule(meta903('227'), 'episodes', (row, context, report) => {
  const provider = providerOf(row, context);
  const start = row.DECOM;
  if (!provider || start === null) return;
  if ((provider.registered !== null && provider.registered > start) || (provider.closed !== null && provider.closed < start)) {
    report(at.episode(row, 'URN'), [at.episode(row, 'DECOM')]);
  }
});
