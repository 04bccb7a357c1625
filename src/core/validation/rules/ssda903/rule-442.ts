import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** A child with episodes in the return has a UPN, or a code saying why it is unknown (UN1–UN5). */
export const rule: Ssda903Rule = childRule(
  meta903('442', undefined, { howToFix: 'Record the child’s UPN, or the UN code for why it is not known.' }),
  (child, _context, report) => {
    const header = child.facts.header;
    if (header && child.episodes.length > 0 && code(header.UPN) === null) report(at.header(header, 'UPN'));
  },
);
