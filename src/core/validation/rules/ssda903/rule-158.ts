import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child who received an intervention for substance misuse has no answer to whether one was offered. */
export const rule: Ssda903Rule = tableRule(meta903('158'), 'oc2', (row, _context, report) => {
  if (row.INTERVENTION_RECEIVED === '1' && given(row, 'INTERVENTION_OFFERED')) {
    report(at.oc2(row, 'INTERVENTION_OFFERED'), [at.oc2(row, 'INTERVENTION_RECEIVED')]);
  }
});
