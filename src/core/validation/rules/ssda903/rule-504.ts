import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * The category of need stays as reported when the period of care started. Only periods whose start
 * (RNE S) is in the return are checked: for a period that started in an earlier year the category at
 * its start is not known here.
 */
export const rule: Ssda903Rule = childRule(meta903('504'), (child, _context, report) => {
  for (let i = 0; i < child.facts.periods.length; i++) {
    const period = child.facts.periods[i]!;
    const [start, ...rest] = period.episodes;
    if (start!.RNE !== 'S' || start!.CIN === null) continue;
    for (let j = 0; j < rest.length; j++) { const e = rest[j]!; if (e.CIN !== null && e.CIN !== start!.CIN) report(at.episode(e, 'CIN'), [at.episode(start!, 'CIN')]); }
  }
});
