import { meta903 } from './rules-metadata.ts';
import { TEMPORARY } from './placement-types.ts';
import { at, childRule, given, type Ssda903Rule } from './ssda903-rule.ts';

const PLACEMENT_CHANGE = new Set(['P', 'B', 'T', 'U']);

/**
 * An episode that ended in the year (on or after 1 April) because the placement changed (REC X1, and the
 * next episode starts that day with RNE P, B, T or U) has the reason for the change, unless the placement
 * was temporary (T0–T4, which rule 226 keeps without a reason).
 */
export const rule: Ssda903Rule = childRule(meta903('225'), (child, context, report) => {
  const episodes = child.facts.episodes;
  for (let i = 0; i < episodes.length - 1; i++) {
    const e = episodes[i]!;
    const next = episodes[i + 1]!;
    if (e.REC !== 'X1' || e.DEC === null || e.DEC < context.collectionStart || next.DECOM !== e.DEC) continue;
    if (next.RNE === null || !PLACEMENT_CHANGE.has(next.RNE) || (e.PLACE !== null && TEMPORARY.has(e.PLACE))) continue;
    if (!given(e, 'REASON_PLACE_CHANGE')) report(at.episode(e, 'REASON_PLACE_CHANGE'), [at.episode(next, 'RNE')]);
  }
});
