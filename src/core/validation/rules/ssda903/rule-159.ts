import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child with a substance misuse problem who received no intervention has an answer to whether one was offered. */
export const rule: Ssda903Rule = tableRule(meta903('159'), 'oc2', (row, _context, report) => {
  if (row.SUBSTANCE_MISUSE === '1' && row.INTERVENTION_RECEIVED === '0' && !given(row, 'INTERVENTION_OFFERED')) {
    report(at.oc2(row, 'INTERVENTION_OFFERED'), [at.oc2(row, 'SUBSTANCE_MISUSE'), at.oc2(row, 'INTERVENTION_RECEIVED')]);
  }
});
