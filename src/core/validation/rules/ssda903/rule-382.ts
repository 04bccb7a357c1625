import { meta903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/** A child on short breaks (V3/V4) is not in a temporary placement (T0–T4). */
export const rule: Ssda903Rule = tableRule(
  meta903('382', undefined, { howToFix: 'Correct the placement type: short breaks are not recorded as temporary placements.' }),
  'episodes',
  (row, _context, report) => {
    if (SHORT_BREAKS.has(code(row.LS) ?? '') && TEMPORARY.has(code(row.PLACE) ?? '')) report(at.episode(row, 'PLACE'), [at.episode(row, 'LS')]);
  },
);
