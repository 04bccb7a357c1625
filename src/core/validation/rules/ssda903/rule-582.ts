import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { ADOPTED } from './episode-codes.ts';

/** A child is matched with adopters before the day of adoption (the DEC of an episode ending E11 or E12), not on it. */
export const rule: Ssda903Rule = childRule(meta903('582'), (child, _context, report) => {
  for (let i = 0; i < child.episodes.length; i++) {
    const e = child.episodes[i]!;
    if (e.DEC === null || e.REC === null || !ADOPTED.has(e.REC)) continue;
    for (let j = 0; j < child.ad1.length; j++) { const ad = child.ad1[j]!; if (ad.DATE_MATCH === e.DEC) report(at.episode(e, 'DEC'), [at.ad1(ad, 'DATE_MATCH')]); }
  }
}, ['ad1']);
