import { meta903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** An episode that ends a period of care (a reason episode ceased other than X1) is not a temporary placement. */
export const rule: Ssda903Rule = tableRule(
  meta903('381', undefined, { howToFix: 'Correct the placement type or reason ceased: a period of care cannot end in a temporary placement.' }),
  'episodes',
  (row, _context, report) => {
    const rec = code(row.REC);
    if (rec !== null && rec !== 'X1' && TEMPORARY.has(code(row.PLACE) ?? '')) report(at.episode(row, 'PLACE'), [at.episode(row, 'REC')]);
  },
);
