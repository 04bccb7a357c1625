import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeOn } from './episodes.ts';

/**
 * The latest social worker episode has not ended before 31 March while the child was still looked after
 * (an episode of care open on the day it ended, with no social worker episode after it). One that ended
 * the day care ended is fine. See SW11aSTG2 for how the two codes are split.
 */
export const rule: Ssda903Rule = childRule(meta903('SW11bSTG2', undefined, { needs: [tableNeed('episodes')] }), (child, context, report) => {
  const episodes = child.facts.socialWorkers;
  const latest = episodes[episodes.length - 1];
  if (latest?.SW_DEC == null || latest.SW_DEC >= context.referenceDate) return;
  const care = episodeOn(child.facts.episodes, latest.SW_DEC);
  if (care) report(at.socialWorker(latest, 'SW_DEC'), [at.episode(care, 'DECOM')]);
});
