import { meta903 } from './rules-metadata.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/** Each UASC row repeats the Header SEX (compared as written, spaces aside); not checked without a Header SEX. */
export const rule: Ssda903Rule = childRule(meta903('INT21'), (child, _context, report) => {
  const header = child.facts.header;
  const sex = header === null ? null : code(header.SEX);
  if (header === null || sex === null) return;
  for (let i = 0; i < child.uasc.length; i++) { const row = child.uasc[i]!; if (code(row.SEX) !== sex) report(at.uasc(row, 'SEX'), [at.header(header, 'SEX')]); }
}, ['uasc']);
