import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A missing or away period starts while the child is looked after: not after the period of care it follows has ended. */
export const rule: Ssda903Rule = childRule(meta903('578'), (child, _context, report) => {
  const periods = child.facts.periods;
  for (let i = 0; i < child.missing.length; i++) {
    const m = child.missing[i]!;
    if (m.MIS_START === null) continue;
    let latest: (typeof periods)[number] | undefined;
    for (let j = 0; j < periods.length; j++) { const p = periods[j]!; if (p.start <= m.MIS_START) latest = p; }
    if (latest && latest.end !== null && m.MIS_START > latest.end) report(at.missing(m, 'MIS_START'), [at.episode(latest.episodes[latest.episodes.length - 1]!, 'DEC')]);
  }
}, ['missing']);
