import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { birthday } from './ages.ts';
import { withCode } from './episodes.ts';

/**
 * At most two T3 placements (cover for foster carers' holiday) start in any 12 months: a third starting
 * within 12 months of the first of three is flagged.
 */
export const rule: Ssda903Rule = childRule(
  meta903('377', undefined, { howToFix: 'Check the T3 placements: only two are allowed in any 12 months.' }),
  (child, _context, report) => {
    const starts = withCode(child.facts.episodes, 'PLACE', 'T3');
    for (let i = 2; i < starts.length; i++) {
      if (starts[i]!.DECOM! < birthday(starts[i - 2]!.DECOM!, 1)) report(at.episode(starts[i]!, 'PLACE'), [at.episode(starts[i - 2]!, 'DECOM'), at.episode(starts[i]!, 'DECOM')]);
    }
  },
);
