import { meta903 } from './rules-metadata.ts';
import { sdqRule } from './sdq.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';

/** A row with an SDQ score has no reason for no score. */
export const rule: Ssda903Rule = sdqRule(meta903('197a'), (row, sdq, report) => {
  if (sdq.score && sdq.reason) report(at.oc2(row, 'SDQ_REASON'), [at.oc2(row, 'SDQ_SCORE')]);
});
