import { meta903, tableNeed } from './rules-metadata.ts';
import { absentCell, at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child looked after on 31 March has a social worker episode open that day: begun by then and not
 * ended (an unreadable end is SW05STG1's, so it counts as open here). A child with no social worker
 * episode at all is flagged too, at a cell with no row; one whose episodes all ended is flagged at the
 * latest one's end. "Looked after on 31 March" is the DfE's CLA_AT_31_MARCH, which leaves out a child on
 * an agreed series of short breaks (V3/V4) that day, as rule SW01STG1 does.
 */
export const rule: Ssda903Rule = childRule(meta903('SW17STG2', undefined, { needs: [tableNeed('episodes')] }), (child, context, report) => {
  if (!child.facts.lookedAfterAt31March) return;
  const ref = context.referenceDate;
  const episodes = child.facts.socialWorkers;
  for (let i = 0; i < episodes.length; i++) if (episodes[i]!.SW_DECOM! <= ref && (episodes[i]!.SW_DEC === null || episodes[i]!.SW_DEC! > ref)) return;
  const latest = episodes[episodes.length - 1];
  if (latest) report(at.socialWorker(latest, 'SW_DEC'), [at.socialWorker(latest, 'SW_DECOM')]);
  else report(absentCell('SWEpisodes', 'SW_DEC'));
});
