import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';
import { samePostcode } from './placements.ts';

/** Only a child placed with parents (P1) can be placed at the home postcode. */
export const rule: Ssda903Rule = tableRule(
  meta903('392d', undefined, { howToFix: 'Correct the home or placement postcode: they are the same but the child is not placed with parents.' }),
  'episodes',
  (row, _context, report) => {
    if (code(row.HOME_POST) === null || code(row.PLACE) === 'P1' || !samePostcode(row.HOME_POST, row.PL_POST)) return;
    report(at.episode(row, 'PL_POST'), [at.episode(row, 'HOME_POST'), at.episode(row, 'PLACE')]);
  },
);
