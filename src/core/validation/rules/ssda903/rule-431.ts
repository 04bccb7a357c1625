import type { Episode } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode that starts a period of care (RNE S) does not start on the day another episode ended: that would be a continuation. */
export const rule: Ssda903Rule = childRule(
  meta903('431', undefined, { howToFix: 'Correct the reason for new episode: the child was already looked after the day this episode started.' }),
  (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i]!;
      if (code(e.RNE) !== 'S') continue;
      let before: Episode | undefined;
      for (let j = 0; j < episodes.length && before === undefined; j++) if (j !== i && episodes[j]!.DEC === e.DECOM) before = episodes[j];
      if (before) report(at.episode(e, 'RNE'), [at.episode(e, 'DECOM'), at.episode(before, 'DEC')]);
    }
  },
);
