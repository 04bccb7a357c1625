import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Secure children's homes (K1), parents (P1), young offender institutions (R5), supported accommodation (K3). */
const NOT_WITH_DOLO = new Set(['K1', 'P1', 'R5', 'K3']);

/**
 * A child is not placed in those settings while a DoLO is in force. An episode is in force from DECOM up
 * to (not including) its DEC, the day the next placement starts; a DoLO from its start to its end day
 * inclusive, or on while open.
 */
export const rule: Ssda903Rule = childRule(meta903('710'), (child, _context, report) => {
  if (child.dolo.length === 0) return;
  for (let i = 0; i < child.facts.episodes.length; i++) {
    const e = child.facts.episodes[i]!;
    if (e.PLACE === null || !NOT_WITH_DOLO.has(e.PLACE)) continue;
    const order = child.dolo.find((d) => d.DOLO_START !== null && (d.DOLO_END === null || e.DECOM! <= d.DOLO_END) && (e.DEC === null || d.DOLO_START < e.DEC));
    if (order) report(at.episode(e, 'PLACE'), [at.dolo(order, 'DOLO_START')]);
  }
}, ['dolo']);
