import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { isUasc } from './uasc-status.ts';
import { placementDistance } from './placements.ts';

/**
 * No distance is recorded for a child who is or was an unaccompanied asylum-seeker (a row in the UASC
 * table): the distance would be worked out from the postcodes, so an episode whose postcodes give a
 * distance is flagged.
 */
export const rule: Ssda903Rule = childRule(
  meta903('406', undefined, { howToFix: 'Leave the home postcode blank for an unaccompanied asylum-seeking child, so that no distance is worked out.', needs: [tableNeed('uasc')] }),
  (child, context, report) => {
    if (!isUasc(child)) return;
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      if (placementDistance(e, context) !== null) report(at.episode(e, 'HOME_POST'), [at.episode(e, 'PL_POST'), at.uasc(child.uasc[0]!, 'CHILD')]);
    }
  },
  ['uasc'],
);
