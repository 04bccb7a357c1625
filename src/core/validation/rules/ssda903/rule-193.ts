import { meta903 } from './rules-metadata.ts';
import { at, given, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

const INTERVENTIONS = ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const;

/**
 * A child not identified with a substance misuse problem has neither intervention item. "Not identified"
 * is read as SUBSTANCE_MISUSE 0 or blank: either way nothing calls for an intervention.
 */
export const rule: Ssda903Rule = tableRule(meta903('193'), 'oc2', (row, _context, report) => {
  if (row.SUBSTANCE_MISUSE === '1') return;
  for (let i = 0; i < INTERVENTIONS.length; i++) {
    const f = INTERVENTIONS[i]!;
    if (given(row, f)) report(at.oc2(row, f), [at.oc2(row, 'SUBSTANCE_MISUSE')]);
  }
});
