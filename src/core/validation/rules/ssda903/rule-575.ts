import type { Episode } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The placement a child went missing or away from ended (by a move or by leaving care), so the missing or
 * away period has ended too. An episode that ends only for a change of legal status (the next starts the
 * same day with RNE L) keeps the placement.
 */
export const rule: Ssda903Rule = childRule(meta903('575'), (child, _context, report) => {
  const episodes = child.facts.episodes;
  for (let k = 0; k < child.missing.length; k++) {
    const m = child.missing[k]!;
    if (m.MIS_START === null || m.MIS_END !== null) continue;
    let i = -1;
    for (let j = 0; j < episodes.length && episodes[j]!.DECOM! <= m.MIS_START; j++) i = j;
    if (i < 0) continue;
    let placement: Episode = episodes[i]!;
    if (placement.DEC === null || m.MIS_START > placement.DEC) continue;
    while (placement.DEC !== null && episodes[i + 1]?.DECOM === placement.DEC && episodes[i + 1]!.RNE === 'L') placement = episodes[++i]!;
    if (placement.DEC !== null) report(at.missing(m, 'MIS_END'), [at.episode(placement, 'DEC')]);
  }
}, ['missing']);
