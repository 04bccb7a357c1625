import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

const WITH_PLACEMENT_ORDER = new Set(['A5', 'A6']);
/** A placement order (E1), or a freeing order (D1) that served as one before 2005. */
const ORDER = new Set(['E1', 'D1']);

/** A child placed for adoption under a placement order (A5, A6) has the legal status of one (E1, or D1). */
export const rule: Ssda903Rule = tableRule(
  meta903('408', undefined, { howToFix: 'Correct the legal status to the placement order (E1), or the placement type.' }),
  'episodes',
  (row, _context, report) => {
    if (WITH_PLACEMENT_ORDER.has(code(row.PLACE) ?? '') && !ORDER.has(code(row.LS) ?? '')) report(at.episode(row, 'LS'), [at.episode(row, 'PLACE')]);
  },
);
