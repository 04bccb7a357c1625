import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child looked after before 1 April (this year's first episode starts before the year) was looked
 * after on 31 March last year, so last year's return has episodes for them.
 */
export const rule: Ssda903Rule = childRule(meta903('NoE'), (child, context, report) => {
  const first = child.facts.episodes[0];
  if (first === undefined || first.DECOM! >= context.collectionStart || child.previous!.episodes.length > 0) return;
  report(at.episode(first, 'DECOM'));
});
