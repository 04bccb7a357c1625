import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period starts on or after the child first started to be looked after (in this return). */
export const rule: Ssda903Rule = childRule(meta903('581'), (child, _context, report) => {
  const first = child.facts.episodes[0];
  if (first === undefined) return;
  for (let i = 0; i < child.missing.length; i++) { const m = child.missing[i]!; if (m.MIS_START !== null && m.MIS_START < first.DECOM!) report(at.missing(m, 'MIS_START'), [at.episode(first, 'DECOM')]); }
}, ['missing']);
