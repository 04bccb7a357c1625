import { meta903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/** An episode that starts a period of care (RNE S) is not a temporary placement (T0–T4). */
export const rule: Ssda903Rule = tableRule(
  meta903('380', undefined, { howToFix: 'Correct the placement type: a period of care must start in a normal placement.' }),
  'episodes',
  (row, _context, report) => {
    if (code(row.RNE) === 'S' && TEMPORARY.has(code(row.PLACE) ?? '')) report(at.episode(row, 'PLACE'), [at.episode(row, 'RNE')]);
  },
);
