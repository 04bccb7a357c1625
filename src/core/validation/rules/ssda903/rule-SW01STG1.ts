import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeOn } from './episodes.ts';

/**
 * A child looked after on 31 March has social worker episodes; the finding is on the DEC of the episode open
 * that day. "Looked after on 31 March" is the DfE's CLA_AT_31_MARCH, which leaves out a child on an agreed
 * series of short breaks (V3/V4) that day: short breaks are not reported with social worker episodes.
 */
export const rule: Ssda903Rule = childRule(meta903('SW01STG1'), (child, context, report) => {
  if (!child.facts.lookedAfterAt31March || child.social_worker.length > 0) return;
  const open = episodeOn(child.facts.episodes, context.referenceDate);
  if (open) report(at.episode(open, 'DEC'));
});
