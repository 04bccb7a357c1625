import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A care leaver (in OC3, with no episodes this year) has no UASC row: each one's DUC is flagged, with the OC3 row as related cell. */
export const rule: Ssda903Rule = childRule(meta903('1014'), (child, _context, report) => {
  const leaver = child.oc3[0];
  if (leaver === undefined || child.episodes.length > 0) return;
  for (let i = 0; i < child.uasc.length; i++) { const row = child.uasc[i]!; report(at.uasc(row, 'DUC'), [at.oc3(leaver, 'IN_TOUCH')]); }
}, ['oc3']);
