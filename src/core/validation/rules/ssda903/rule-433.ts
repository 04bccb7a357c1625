import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

const CONTINUATIONS = new Set(['L', 'P', 'T', 'B', 'U']);

/**
 * A continuation episode (RNE L, P, T, B or U) starts the day the episode before it ended. An earliest
 * episode has its predecessor outside the return (or is rule 357's concern), and an open predecessor is
 * left to the overlap rules.
 */
export const rule: Ssda903Rule = childRule(
  meta903('433', undefined, { howToFix: 'Correct the dates, or the reason for new episode if the child started a new period of care.' }),
  (child, _context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 1; i < episodes.length; i++) {
      const e = episodes[i]!;
      const before = episodes[i - 1]!;
      if (CONTINUATIONS.has(code(e.RNE) ?? '') && before.DEC !== null && before.DEC !== e.DECOM) report(at.episode(e, 'DECOM'), [at.episode(e, 'RNE'), at.episode(before, 'DEC')]);
    }
  },
);
