import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/** Only a child of the OC2 cohort (looked after throughout the year) has a reason for no SDQ score. */
export const rule: Ssda903Rule = sdqRule(meta903('198'), (row, sdq, report) => {
  if (!sdq.inCohort && sdq.reason) report(at.oc2(row, 'SDQ_REASON'));
});
