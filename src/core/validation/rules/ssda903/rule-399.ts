import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { reportGiven } from './given-items.ts';
import { onlyShortBreaks } from './episode-codes.ts';

/**
 * A child looked after only under short breaks (every episode V3/V4) has no MOTHER, reviews or review
 * participation recorded: those items are for children looked after in other ways.
 */
export const rule: Ssda903Rule = childRule(
  meta903('399', undefined, { howToFix: 'Leave MOTHER and the reviews out for a child looked after only under short breaks (V3/V4).' }),
  (child, _context, report) => {
    if (child.episodes.length === 0 || !onlyShortBreaks(child.episodes)) return;
    const related = [at.episode(child.episodes[0]!, 'LS')];
    const header = child.facts.header;
    if (header) reportGiven(header, ['MOTHER'], (f) => at.header(header, f), report, related);
    for (let i = 0; i < child.reviews.length; i++) { const r = child.reviews[i]!; reportGiven(r, ['REVIEW', 'REVIEW_CODE'], (f) => at.review(r, f), report, related); }
  },
);
