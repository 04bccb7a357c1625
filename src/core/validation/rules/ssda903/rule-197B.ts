import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child of the cohort who turns 4 or 17 during the year (the ages rule 186 leaves out) has an SDQ score
 * or a reason for none.
 */
export const rule: Ssda903Rule = sdqRule(meta903('197B'), (row, sdq, report) => {
  if (!sdq.inCohort || sdq.ageAtStart === null || sdq.ageAtEnd === null) return;
  const turns = (age: number): boolean => sdq.ageAtStart! < age && sdq.ageAtEnd! >= age;
  if ((turns(4) || turns(17)) && !sdq.score && !sdq.reason) report(at.oc2(row, 'SDQ_REASON'), [at.oc2(row, 'DOB')]);
});
