import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { reportGiven } from './given-items.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/** No distance is recorded for short breaks (V3/V4): the postcodes it is worked out from are left blank. */
export const rule: Ssda903Rule = tableRule(
  meta903('398', undefined, { howToFix: 'Leave the home and placement postcodes blank for short breaks (V3/V4).' }),
  'episodes',
  (row, _context, report) => {
    if (SHORT_BREAKS.has(code(row.LS) ?? '')) reportGiven(row, ['HOME_POST', 'PL_POST'], (f) => at.episode(row, f), report, [at.episode(row, 'LS')]);
  },
);
