import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** After an episode that ended the period of care (a reason ceased other than X1), the next episode starts a new one (RNE S). */
export const rule: Ssda903Rule = childRule(
  meta903('432', undefined, { howToFix: 'Correct the reason for new episode to S, or the previous episode’s reason ceased to X1.' }),
  (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 1; i < episodes.length; i++) {
      const rec = code(episodes[i - 1]!.REC);
      const rne = code(episodes[i]!.RNE);
      if (rec !== null && rec !== 'X1' && rne !== null && rne !== 'S') report(at.episode(episodes[i]!, 'RNE'), [at.episode(episodes[i - 1]!, 'REC')]);
    }
  },
);
