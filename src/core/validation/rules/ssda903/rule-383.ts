import type { Episode } from '../../../model/ssda903.ts';
import type { RuleMeta } from '../../types.ts';
import { meta903, variants903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { predecessor } from './episodes.ts';
import { samePostcode } from './placements.ts';

/**
 * After a temporary placement (a run of T0–T4 episodes) the child returns to the placement they had
 * before it: the episode after the run has the placement type of the episode before it. From 2025/26 the
 * DfE also names the placement postcode, which must then be the same too (when both are given). The
 * DfE names RNE as well without saying how it decides; the return's placement is judged by type and
 * postcode only. A run at the start or end of a period of care is left to rules 380 and 381.
 */
function temporaryReturn(meta: RuleMeta, samePlace: (before: Episode, after: Episode) => boolean): Ssda903Rule {
  return childRule(meta, (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length; i++) {
      if (!TEMPORARY.has(code(episodes[i]!.PLACE) ?? '')) continue;
      const before = predecessor(episodes, i);
      while (i + 1 < episodes.length && TEMPORARY.has(code(episodes[i + 1]!.PLACE) ?? '') && predecessor(episodes, i + 1)) i++;
      const after = i + 1 < episodes.length && predecessor(episodes, i + 1) ? episodes[i + 1]! : null;
      if (before && after && !samePlace(before, after)) report(at.episode(after, 'PLACE'), [at.episode(before, 'PLACE'), at.episode(episodes[i]!, 'PLACE')]);
    }
  });
}

const sameType = (before: Episode, after: Episode): boolean => code(before.PLACE) === code(after.PLACE);

export const rules: readonly Ssda903Rule[] = variants903('383').map((v) => {
  const meta = meta903('383', v.years[0], { howToFix: 'Check the episode after the temporary placement: the child should return to their normal placement.' });
  return v.fields.includes('PL_POST')
    ? temporaryReturn(meta, (before, after) => sameType(before, after) && (code(before.PL_POST) === null || code(after.PL_POST) === null || samePostcode(before.PL_POST, after.PL_POST)))
    : temporaryReturn(meta, sameType);
});
