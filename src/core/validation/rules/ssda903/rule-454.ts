import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { isUasc } from './uasc-status.ts';
import { placementDistance } from './placements.ts';

const MAX_MILES = 350;

/**
 * A placement is at most 350 miles from home, by the distance worked out from the postcodes. Children who
 * are or were unaccompanied asylum-seekers have no distance (rule 406) and are not judged.
 */
export const rule: Ssda903Rule = childRule(
  meta903('454', undefined, { howToFix: 'Check the home and placement postcodes: the placement is over 350 miles from home.', needs: [tableNeed('uasc')] }),
  (child, context, report) => {
    if (isUasc(child)) return;
    for (let i = 0; i < child.episodes.length; i++) {
      const e = child.episodes[i]!;
      const miles = placementDistance(e, context);
      if (miles !== null && miles > MAX_MILES) report(at.episode(e, 'PL_POST'), [at.episode(e, 'HOME_POST')]);
    }
  },
);
