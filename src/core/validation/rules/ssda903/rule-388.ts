import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode ending X1 ("new episode begins on the same day") is followed by an episode starting on its DEC. */
export const rule: Ssda903Rule = childRule(
  meta903('388', undefined, { howToFix: 'Add the episode that continues this one, or correct the reason episode ceased.' }),
  (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i]!;
      if (code(e.REC) !== 'X1' || e.DEC === null) continue;
      let continued = false;
      for (let j = i + 1; j < episodes.length && episodes[j]!.DECOM! <= e.DEC && !continued; j++) continued = episodes[j]!.DECOM === e.DEC;
      if (!continued) report(at.episode(e, 'REC'), [at.episode(e, 'DEC')]);
    }
  },
);
