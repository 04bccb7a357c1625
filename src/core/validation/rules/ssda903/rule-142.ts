import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/** Every episode but the child's latest has ended (has a DEC): a later episode cannot start while one is open. */
export const rule: Ssda903Rule = childRule(meta903('142'), (child, _context, report) => {
  const episodes = child.facts.episodes;
  for (let i = 0; i < episodes.length - 1; i++) {
    const e = episodes[i]!;
    if (e.DEC === null) report(at.episode(e, 'DEC'), [at.episode(episodes[i + 1]!, 'DECOM')]);
  }
});
