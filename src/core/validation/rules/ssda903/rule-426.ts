import type { Episode } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/**
 * Short breaks are recorded one way all year: as individual episodes (V3) or as agreements (V4), not both.
 * The finding is on the first episode in the year with the other code, once per child.
 */
export const rule: Ssda903Rule = childRule(
  meta903('426', undefined, { howToFix: 'Record the year’s short breaks all as V3 (each break) or all as V4 (agreements).' }),
  (child, context, report) => {
    let first: Episode | null = null;
    for (let i = 0; i < child.facts.episodes.length; i++) {
      const e = child.facts.episodes[i]!;
      const ls = code(e.LS);
      if (ls === null || !SHORT_BREAKS.has(ls) || e.DECOM! > context.referenceDate || (e.DEC !== null && e.DEC < context.collectionStart)) continue;
      if (first === null) first = e;
      else if (code(first.LS) !== ls) {
        report(at.episode(e, 'LS'), [at.episode(first, 'LS')]);
        return;
      }
    }
  },
);
