import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child of the cohort aged 4 or over on 1 April and under 17 on 31 March has an SDQ score. A reason for
 * no score (SDQ2–SDQ5: carers refused, disability…) is taken as answering the rule, since the DfE codes
 * those reasons for exactly these children; a row with neither is reported.
 */
export const rule: Ssda903Rule = sdqRule(meta903('186'), (row, sdq, report) => {
  if (!sdq.inCohort || sdq.ageAtStart === null || sdq.ageAtEnd === null) return;
  if (sdq.ageAtStart >= 4 && sdq.ageAtEnd < 17 && !sdq.score && !sdq.reason) report(at.oc2(row, 'SDQ_SCORE'), [at.oc2(row, 'DOB')]);
});
