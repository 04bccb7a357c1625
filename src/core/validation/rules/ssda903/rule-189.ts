import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/** A child 17 or over on 1 April has neither an SDQ score nor a reason for none. */
export const rule: Ssda903Rule = sdqRule(meta903('189'), (row, sdq, report) => {
  if (sdq.ageAtStart === null || sdq.ageAtStart < 17) return;
  if (sdq.score) report(at.oc2(row, 'SDQ_SCORE'), [at.oc2(row, 'DOB')]);
  if (sdq.reason) report(at.oc2(row, 'SDQ_REASON'), [at.oc2(row, 'DOB')]);
});
