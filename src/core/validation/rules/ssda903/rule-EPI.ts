import { meta903, tableNeed } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child in Header has episodes this year. A care leaver who is only in OC3 is let off: their episodes
 * are in earlier returns, which the DfE portal holds and Sightline is not given (rules 1001, 1002 and 1010
 * check them against last year's).
 */
export const rule: Ssda903Rule = childRule(
  meta903('EPI', undefined, { needs: [tableNeed('episodes'), tableNeed('oc3')], howToFix: 'Load the episodes of this child, or remove the child from Header if they were not looked after this year.' }),
  (child, _context, report) => {
    const header = child.facts.header;
    if (header !== null && child.episodes.length === 0 && child.oc3.length === 0) report(at.header(header, 'CHILD'));
  },
);
