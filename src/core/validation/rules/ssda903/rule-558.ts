import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { adoptedInYear } from './episodes.ts';
import { latestDecision } from './adoption-decisions.ts';

/** A child adopted in the year (REC E11 or E12) was adopted under a decision that stood: the latest decision has no date it ceased. */
export const rule: Ssda903Rule = childRule(meta903('558'), (child, context, report) => {
  const adopted = adoptedInYear(child, context);
  const decision = latestDecision(child.placed_for_adoption);
  if (adopted && decision && decision.DATE_PLACED_CEASED !== null) report(at.placed(decision, 'DATE_PLACED_CEASED'), [at.episode(adopted, 'REC')]);
}, ['placed_for_adoption']);
