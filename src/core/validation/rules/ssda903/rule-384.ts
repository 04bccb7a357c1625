import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

const LONG_TERM_FOSTER = new Set(['U1', 'U4']);

/** A child on short breaks (V3/V4) is not in a long-term foster placement (U1, U4). */
export const rule: Ssda903Rule = tableRule(
  meta903('384', undefined, { howToFix: 'Correct the placement type: a child on short breaks cannot be in long-term fostering.' }),
  'episodes',
  (row, _context, report) => {
    if (SHORT_BREAKS.has(code(row.LS) ?? '') && LONG_TERM_FOSTER.has(code(row.PLACE) ?? '')) report(at.episode(row, 'PLACE'), [at.episode(row, 'LS')]);
  },
);
