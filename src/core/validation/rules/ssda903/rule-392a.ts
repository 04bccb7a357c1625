import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { isUasc } from './uasc-status.ts';
import { placementDistance } from './placements.ts';
import { SHORT_BREAKS } from './episode-codes.ts';

/**
 * The DfE works out the placement distance from the home and placement postcodes; an episode of a child
 * looked after (not on short breaks, not an unaccompanied asylum-seeker, for whom it is left blank — rule
 * 406) must have one. Here the distance is worked out with the postcode reference, so a postcode missing
 * or unknown to it leaves the distance blank. UASC status comes from the UASC table, which the rule needs.
 */
export const rule: Ssda903Rule = childRule(
  meta903('392a', undefined, { howToFix: 'Record the home and placement postcodes so that the distance can be worked out.', needs: [tableNeed('uasc')] }),
  (child, context, report) => {
    if (isUasc(child)) return;
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (SHORT_BREAKS.has(code(e.LS) ?? '')) continue;
      if (placementDistance(e, context) !== null) continue;
      // Point at the home postcode when it is the one missing or unknown, else at the placement postcode.
      const home = code(e.HOME_POST);
      const homeFault = home === null || context.postcodes!.find(home) === undefined;
      report(at.episode(e, homeFault ? 'HOME_POST' : 'PL_POST'), [at.episode(e, homeFault ? 'PL_POST' : 'HOME_POST')]);
    }
  },
);
