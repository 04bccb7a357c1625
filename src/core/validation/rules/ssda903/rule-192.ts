import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child with a substance misuse problem has an answer to whether an intervention was received. */
export const rule: Ssda903Rule = tableRule(meta903('192'), 'oc2', (row, _context, report) => {
  if (row.SUBSTANCE_MISUSE === '1' && !given(row, 'INTERVENTION_RECEIVED')) {
    report(at.oc2(row, 'INTERVENTION_RECEIVED'), [at.oc2(row, 'SUBSTANCE_MISUSE')]);
  }
});
