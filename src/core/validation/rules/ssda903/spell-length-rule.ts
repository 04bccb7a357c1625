import { daysBetween } from '../../../model/dates.ts';
import type { RuleMeta } from '../../types.ts';
import { lastDay } from './episodes.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * "Legal status / placement X lasted longer than N days": each run of consecutive episodes with the
 * code (each starting the day the one before ended, e.g. a placement change during police protection)
 * is one spell, whose length from its first DECOM to its last DEC — or 31 March while open — must not
 * exceed N days. The finding is on the run's first episode.
 */
export function spellLengthRule(meta: RuleMeta, field: 'LS' | 'PLACE', codes: ReadonlySet<string>, maxDays: number): Ssda903Rule {
  return childRule(meta, (child, context, report) => {
    const episodes = child.facts.episodes;
    for (let i = 0; i < episodes.length; i++) {
      const first = episodes[i]!;
      const value = code(first[field]);
      if (value === null || !codes.has(value)) continue;
      let last = first;
      while (i + 1 < episodes.length) {
        const next = episodes[i + 1]!;
        if (last.DEC === null || next.DECOM !== last.DEC || code(next[field]) !== value) break;
        last = next;
        i++;
      }
      if (daysBetween(first.DECOM!, lastDay(last, context)) > maxDays) {
        report(at.episode(first, 'DECOM'), [at.episode(first, field), ...(last.DEC === null ? [] : [at.episode(last, 'DEC')])]);
      }
    }
  });
}
