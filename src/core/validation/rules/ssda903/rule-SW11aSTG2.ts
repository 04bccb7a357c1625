import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * 2023/24: a child looked after on 31 March has a social worker on 31 March, so their latest social
 * worker episode has not ended before it. The DfE's two codes share one message; we read SW11a as the
 * check for children looked after at the year end (replaced by SW17STG2 from 2025/26) and SW11b as the
 * one for any child whose social worker ended while they were still looked after, so a child of SW11a
 * is also SW11b's.
 */
export const rule: Ssda903Rule = childRule(meta903('SW11aSTG2', undefined, { needs: [tableNeed('episodes')] }), (child, context, report) => {
  if (!child.facts.lookedAfterAtYearEnd) return;
  const episodes = child.facts.socialWorkers;
  const latest = episodes[episodes.length - 1];
  if (latest?.SW_DEC != null && latest.SW_DEC < context.referenceDate) report(at.socialWorker(latest, 'SW_DEC'));
});
