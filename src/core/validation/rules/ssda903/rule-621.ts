import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A mother is born before her child: her first child's date of birth is not before her own. */
export const rule: Ssda903Rule = childRule(meta903('621'), (child, _context, report) => {
  const header = child.facts.header;
  if (header && header.MC_DOB !== null && header.DOB !== null && header.MC_DOB < header.DOB) report(at.header(header, 'MC_DOB'), [at.header(header, 'DOB')]);
});
