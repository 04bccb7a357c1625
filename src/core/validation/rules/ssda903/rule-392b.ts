import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { isUasc } from './uasc-status.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/**
 * An episode of a child looked after (not on short breaks, not an unaccompanied asylum-seeker) records
 * both the home and the placement postcode. UASC status comes from the UASC table, which the rule needs.
 */
export const rule: Ssda903Rule = childRule(
  meta903('392b', undefined, { howToFix: 'Record the home and placement postcodes of the episode.', needs: [tableNeed('uasc')] }),
  (child, _context, report) => {
    if (isUasc(child)) return;
    for (const e of child.episodes) {
      if (SHORT_BREAKS.has(code(e.LS) ?? '')) continue;
      for (const f of ['HOME_POST', 'PL_POST'] as const) if (code(e[f]) === null) report(at.episode(e, f));
    }
  },
);
