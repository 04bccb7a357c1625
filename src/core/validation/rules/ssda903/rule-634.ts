import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Previous permanence was first collected for children who started to be looked after from 1 April 2016. */
const FIRST_COLLECTED = '2016-04-01';

/**
 * Previous permanence details belong to a child who started to be looked after on or after 1 April 2016.
 * The start is the start of a period of care in the return; reported once, at the first detail given.
 */
export const rule: Ssda903Rule = childRule(meta903('634'), (child, _context, report) => {
  const periods = child.facts.periods;
  if (periods.length === 0 || periods.some((p) => p.start >= FIRST_COLLECTED)) return;
  for (let i = 0; i < child.previous_permanence.length; i++) {
    const p = child.previous_permanence[i]!;
    const field = (['PREV_PERM', 'LA_PERM', 'DATE_PERM'] as const).find((f) => !blank(p[f]));
    if (field) report(at.permanence(p, field), [at.episode(periods[periods.length - 1]!.episodes[0]!, 'DECOM')]);
  }
}, ['previous_permanence']);
