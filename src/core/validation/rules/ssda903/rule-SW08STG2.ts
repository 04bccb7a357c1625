import { meta903 } from './rules-metadata.ts';
import { at, childRule, unreadable, type Ssda903Rule } from './ssda903-rule.ts';

/** Every social worker episode but the latest has ended (SW_DEC): a child has one social worker at a time. */
export const rule: Ssda903Rule = childRule(meta903('SW08STG2'), (child, _context, report) => {
  const episodes = child.facts.socialWorkers;
  for (let i = 0; i + 1 < episodes.length; i++) {
    const e = episodes[i]!;
    if (e.SW_DEC === null && !unreadable(e, 'SW_DEC')) report(at.socialWorker(e, 'SW_DEC'), [at.socialWorker(episodes[i + 1]!, 'SW_DECOM')]);
  }
});
