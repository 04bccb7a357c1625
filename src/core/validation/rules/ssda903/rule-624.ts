import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** The first child's date of birth is the one last year's return gave, when both give one. */
export const rule: Ssda903Rule = childRule(meta903('624'), (child, _context, report) => {
  const header = child.facts.header;
  const before = child.previous!.header[0];
  if (header && before && header.MC_DOB !== null && before.MC_DOB !== null && header.MC_DOB !== before.MC_DOB) {
    report(at.header(header, 'MC_DOB'), [at.previous(at.header(before, 'MC_DOB'))]);
  }
});
