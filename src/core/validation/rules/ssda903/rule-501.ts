import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Each episode starts on or after the day the episode before it (by start date) ended. An open previous episode is left to the rules on DEC. */
export const rule: Ssda903Rule = childRule(meta903('501'), (child, _context, report) => {
  const episodes = child.facts.episodes;
  for (let i = 1; i < episodes.length; i++) {
    const previous = episodes[i - 1]!;
    const e = episodes[i]!;
    if (previous.DEC !== null && e.DECOM! < previous.DEC) report(at.episode(e, 'DECOM'), [at.episode(previous, 'DEC')]);
  }
});
