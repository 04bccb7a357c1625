import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * SDQ1 (no form: child under 4 or over 16) cannot be the reason for a child of the cohort aged 4 or over on
 * 1 April and 16 or under on 31 March. The DfE message joins the ages with "or"; the exemption SDQ1 states
 * needs both, so both are required here.
 */
export const rule: Ssda903Rule = sdqRule(meta903('157'), (row, sdq, report) => {
  if (!sdq.inCohort || sdq.ageAtStart === null || sdq.ageAtEnd === null) return;
  if (row.SDQ_REASON === 'SDQ1' && sdq.ageAtStart >= 4 && sdq.ageAtEnd <= 16) report(at.oc2(row, 'SDQ_REASON'), [at.oc2(row, 'DOB')]);
});
