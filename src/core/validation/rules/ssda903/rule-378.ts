import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** A child placed with parents (P1) is not looked after under a single period of accommodation (V2). */
export const rule: Ssda903Rule = tableRule(
  meta903('378', undefined, { howToFix: 'Correct the placement or legal status: a child accommodated under section 20 cannot be placed with parents.' }),
  'episodes',
  (row, _context, report) => {
    if (code(row.PLACE) === 'P1' && code(row.LS) === 'V2') report(at.episode(row, 'PLACE'), [at.episode(row, 'LS')]);
  },
);
