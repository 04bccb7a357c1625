import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The child's first episode ever starts a period of care (RNE S). The return holds only the episodes open
 * during the year, so an earliest episode that started before 1 April may continue one in an earlier
 * return and is not judged; one that started in the year would have its predecessor in this return.
 */
export const rule: Ssda903Rule = childRule(
  meta903('357', undefined, { howToFix: 'Add the episode that comes before this one, or change the reason for new episode to S.' }),
  (child, context, report) => {
    const first = child.facts.episodes[0];
    if (first && first.DECOM! >= context.collectionStart && code(first.RNE) !== null && code(first.RNE) !== 'S') report(at.episode(first, 'RNE'));
  },
);
