import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { isUasc } from './uasc-status.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

const POSTCODES = ['HOME_POST', 'PL_POST'] as const;

/**
 * An episode of a child looked after (not on short breaks, not an unaccompanied asylum-seeker) records
 * both the home and the placement postcode. UASC status comes from the UASC table, which the rule needs.
 */
export const rule: Ssda903Rule = childRule(
  meta903('392b', undefined, { howToFix: 'Record the home and placement postcodes of the episode.', needs: [tableNeed('uasc')] }),
  (child, _context, report) => {
    if (isUasc(child)) return;
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (SHORT_BREAKS.has(code(e.LS) ?? '')) continue;
      for (let j = 0; j < POSTCODES.length; j++) { const f = POSTCODES[j]!; if (code(e[f]) === null) report(at.episode(e, f)); }
    }
  },
);
