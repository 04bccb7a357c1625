import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode that started before this year was in last year's return: last year's return has an episode with the same start. */
export const rule: Ssda903Rule = childRule(meta903('562'), (child, context, report) => {
  const before = child.previous!.episodes;
  for (let i = 0; i < child.facts.episodes.length; i++) {
    const e = child.facts.episodes[i]!;
    if (e.DECOM! >= context.collectionStart) break;
    if (!before.some((b) => b.DECOM === e.DECOM)) report(at.episode(e, 'DECOM'));
  }
});
