import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeOn } from './episodes.ts';

/** A child looked after on 31 March has social worker episodes; the finding is on the DEC of the episode open that day. */
export const rule: Ssda903Rule = childRule(meta903('SW01STG1'), (child, context, report) => {
  if (!child.facts.lookedAfterAtYearEnd || child.social_worker.length > 0) return;
  const open = episodeOn(child.facts.episodes, context.referenceDate);
  if (open) report(at.episode(open, 'DEC'));
});
