import { variants903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A social worker episode begins on or after the end of the one before (a hand-over on the same day is
 * fine; an earlier episode with no end is SW08STG2's). The 2024/25 variant's change was not found in the
 * sources available, so both variants share this logic.
 */
export const rules: Ssda903Rule[] = variants903('SW10STG2').map((meta) =>
  childRule(meta, (child, _context, report) => {
    const episodes = child.facts.socialWorkers;
    for (let i = 1; i < episodes.length; i++) {
      const before = episodes[i - 1]!;
      const e = episodes[i]!;
      if (before.SW_DEC !== null && e.SW_DECOM! < before.SW_DEC) report(at.socialWorker(e, 'SW_DECOM'), [at.socialWorker(before, 'SW_DEC')]);
    }
  }),
);
