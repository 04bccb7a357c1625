import { meta903 } from './rules-metadata.ts';
import { code, reportGiven, SHORT_BREAKS } from './range-helpers-300-499.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** No distance is recorded for short breaks (V3/V4): the postcodes it is worked out from are left blank. */
export const rule: Ssda903Rule = tableRule(
  meta903('398', undefined, { howToFix: 'Leave the home and placement postcodes blank for short breaks (V3/V4).' }),
  'episodes',
  (row, _context, report) => {
    if (SHORT_BREAKS.has(code(row.LS) ?? '')) reportGiven(row, ['HOME_POST', 'PL_POST'], (f) => at.episode(row, f), report, [at.episode(row, 'LS')]);
  },
);
