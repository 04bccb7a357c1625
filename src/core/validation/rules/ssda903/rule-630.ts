import type { Episode } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, childRule, inYear, type Ssda903Rule } from './ssda903-rule.ts';

/** A child who started to be looked after in the year (RNE S) has a previous permanence option returned. */
export const rule: Ssda903Rule = childRule(meta903('630'), (child, context, report) => {
  let started: Episode | undefined;
  for (let i = 0; i < child.facts.episodes.length && started === undefined; i++) {
    const e = child.facts.episodes[i]!;
    if (e.RNE === 'S' && inYear(context, e.DECOM!)) started = e;
  }
  if (started && !child.previous_permanence.some((p) => !blank(p.PREV_PERM))) report(at.episode(started, 'RNE'), [at.episode(started, 'DECOM')]);
});
