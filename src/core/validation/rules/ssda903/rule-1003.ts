import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/**
 * The decision to place for adoption (DATE_PLACED) is not before the child started to be looked after.
 * The start is the DECOM of the child's first period of care in the return when that period begins with
 * RNE S; when the return's first episode carries on care from an earlier year the start is not in the
 * return and nothing is checked (the DfE checks its own history of earlier returns).
 */
export const rule: Ssda903Rule = tableRule(meta903('1003'), 'placed_for_adoption', (row, _context, report, child) => {
  const first = child.facts.periods[0]?.episodes[0];
  if (row.DATE_PLACED === null || first === undefined || code(first.RNE) !== 'S') return;
  if (row.DATE_PLACED < first.DECOM!) report(at.placed(row, 'DATE_PLACED'), [at.episode(first, 'DECOM'), at.episode(first, 'RNE')]);
});
