import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** A child who is a mother (MOTHER 1) has her first child's date of birth; an unreadable one is another rule's. */
export const rule: Ssda903Rule = childRule(meta903('611'), (child, _context, report) => {
  const header = child.facts.header;
  if (header && header.MOTHER === '1' && blank(header.MC_DOB) && !unreadable(header, 'MC_DOB')) report(at.header(header, 'MC_DOB'), [at.header(header, 'MOTHER')]);
});
