import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A decision that last year's return showed as ceased is not this year shown open again under the same date. */
export const rule: Ssda903Rule = childRule(meta903('561'), (child, _context, report) => {
  for (let i = 0; i < child.placed_for_adoption.length; i++) {
    const p = child.placed_for_adoption[i]!;
    if (p.DATE_PLACED === null || p.DATE_PLACED_CEASED !== null) continue;
    const before = child.previous!.placed_for_adoption.find((b) => b.DATE_PLACED === p.DATE_PLACED && b.DATE_PLACED_CEASED !== null);
    if (before) report(at.placed(p, 'DATE_PLACED'), [at.previous(at.placed(before, 'DATE_PLACED_CEASED'))]);
  }
}, ['placed_for_adoption']);
