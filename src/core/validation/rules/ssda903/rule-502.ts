import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** An episode open at the end of last year's return carries on: this year's first episode starts the same day. */
export const rule: Ssda903Rule = childRule(meta903('502'), (child, _context, report) => {
  const open = child.facts.openAtEndOfLastYear;
  const first = child.facts.episodes[0];
  if (open === null || first === undefined) return;
  if (first.DECOM !== open.DECOM) report(at.episode(first, 'DECOM'), [at.previous(at.episode(open, 'DECOM'))]);
});
