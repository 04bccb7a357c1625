import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child who is missing (a period open on the day care ends: started by then, not ended before the next
 * day) when a period of care ends left care for "any other reason" (E8).
 */
export const rule: Ssda903Rule = childRule(meta903('580'), (child, _context, report) => {
  if (child.missing.length === 0) return;
  for (let i = 0; i < child.facts.periods.length; i++) {
    const period = child.facts.periods[i]!;
    if (period.end === null) continue;
    const last = period.episodes[period.episodes.length - 1]!;
    if (last.REC === 'E8' || last.REC === 'X1') continue;
    const missing = child.missing.find((m) => m.MIS_START !== null && m.MIS_START <= period.end! && (m.MIS_END === null || m.MIS_END > period.end!));
    if (missing) report(at.episode(last, 'REC'), [at.missing(missing, 'MIS_START'), at.missing(missing, 'MIS_END')]);
  }
}, ['missing']);
