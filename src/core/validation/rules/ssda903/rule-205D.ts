import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A child in this year's UASC table who was in last year's return (header) was in last year's UASC table too. */
export const rule: Ssda903Rule = childRule(meta903('205D'), (child, _context, report) => {
  const now = child.uasc[0];
  const before = child.previous?.header[0];
  if (!now || !before || child.previous!.uasc.length > 0) return;
  report(at.uasc(now, 'CHILD'), [at.previous(at.header(before, 'CHILD'))]);
}, ['uasc']);
