import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { latestDecision } from './adoption-decisions.ts';

/** With several decisions to place for adoption, every one but the latest has the date it was revoked. */
export const rule: Ssda903Rule = childRule(meta903('583'), (child, _context, report) => {
  if (child.placed_for_adoption.length < 2) return;
  const latest = latestDecision(child.placed_for_adoption);
  for (let i = 0; i < child.placed_for_adoption.length; i++) {
    const p = child.placed_for_adoption[i]!;
    if (p !== latest && p.DATE_PLACED !== null && p.DATE_PLACED_CEASED === null) report(at.placed(p, 'DATE_PLACED_CEASED'), [at.placed(p, 'DATE_PLACED')]);
  }
}, ['placed_for_adoption']);
