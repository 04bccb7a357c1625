import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** Nothing follows an episode ending in death (E2) or an age assessment finding the person 18 or over (E15). */
const FINAL = new Set(['E2', 'E15']);

export const rule: Ssda903Rule = childRule(
  meta903('437', undefined, { howToFix: 'Correct the reason ceased, or remove the later episodes.' }),
  (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length - 1; i++) {
      if (FINAL.has(code(episodes[i]!.REC) ?? '')) report(at.episode(episodes[i]!, 'REC'), [at.episode(episodes[i + 1]!, 'DECOM')]);
    }
  },
);
