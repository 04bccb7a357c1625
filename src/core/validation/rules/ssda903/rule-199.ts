import type { Episode } from '../../../model/ssda903.ts';
import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';

const ADOPTED = new Set(['E11', 'E12']);

/**
 * A child adopted from care (an episode ceasing E11 or E12) has no later episode under the same id: an
 * adopted child who returns to care is recorded as a new child. Last year's episodes are used when given,
 * so an adoption recorded only last year is found too; without them this year's alone are checked.
 */
export const rule: Ssda903Rule = childRule(meta903('199'), (child, _context, report) => {
  let adoption: { readonly episode: Episode; readonly previous: boolean } | undefined;
  for (const [episodes, previous] of [[child.previous?.episodes ?? [], true], [child.episodes, false]] as const) {
    for (const e of episodes) {
      if (e.DEC !== null && e.REC !== null && ADOPTED.has(e.REC) && (!adoption || e.DEC < adoption.episode.DEC!)) adoption = { episode: e, previous };
    }
  }
  if (!adoption) return;
  const cell = at.episode(adoption.episode, 'REC');
  const related = [adoption.previous ? at.previous(cell) : cell];
  for (const e of child.episodes) if (e.DECOM !== null && e.DECOM >= adoption.episode.DEC!) report(at.episode(e, 'CHILD'), related);
});
