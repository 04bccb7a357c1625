import type { Episode } from '../../../model/ssda903.ts';
import { ADOPTED } from './episode-codes.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * A child adopted from care (an episode ceasing E11 or E12) has no later episode under the same id: an
 * adopted child who returns to care is recorded as a new child. Last year's episodes are used when given,
 * so an adoption recorded only last year is found too; without them this year's alone are checked.
 */
export const rule: Ssda903Rule = childRule(meta903('199'), (child, _context, report) => {
  const before = child.previous ? earliestAdoption(child.previous.episodes) : undefined;
  const now = earliestAdoption(child.episodes);
  const adoption = before && (!now || before.DEC! <= now.DEC!) ? before : now;
  if (!adoption) return;
  const cell = at.episode(adoption, 'REC');
  const related = [adoption === before ? at.previous(cell) : cell];
  for (let i = 0; i < child.episodes.length; i++) { const e = child.episodes[i]!; if (e.DECOM !== null && e.DECOM >= adoption.DEC!) report(at.episode(e, 'CHILD'), related); }
});

function earliestAdoption(episodes: readonly Episode[]): Episode | undefined {
  let found: Episode | undefined;
  for (let i = 0; i < episodes.length; i++) { const e = episodes[i]!; if (e.DEC !== null && e.REC !== null && ADOPTED.has(e.REC) && (!found || e.DEC < found.DEC!)) found = e; }
  return found;
}
