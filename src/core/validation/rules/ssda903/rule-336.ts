import { meta903 } from './rules-metadata.ts';
import { FOSTERING } from './placement-types.ts';
import { at, childRule, code, type Ssda903Rule } from './ssda903-rule.ts';
import { anyPlaced, episodeCell, predecessor, twoYearsOfEpisodes } from './episodes.ts';

const WITH_FOSTER_CARER = new Set(['A3', 'A5']);

/**
 * A child placed for adoption with the current foster carer (A3, A5) was in a foster placement (U1–U6)
 * immediately before. An episode that only changes legal status within the same A3/A5 placement is
 * checked through the episode that began the placement; an A3/A5 placement that starts a period of care
 * (RNE S, or after a gap) has no foster placement before it and is flagged. The episode before is looked
 * for in last year's return too; when this year's A3/A5 episode is the earliest given and carries on a
 * period (RNE not S), the placement before it is not in the returns and it is not checked.
 */
export const rule: Ssda903Rule = childRule(
  meta903('336', undefined, { howToFix: 'Correct the placement type: placement with the current foster carer (A3/A5) must follow a foster placement.' }),
  (child, _context, report) => {
    if (!anyPlaced(child.facts.episodes, WITH_FOSTER_CARER)) return;
    const episodes = twoYearsOfEpisodes(child);
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i]!;
      const place = code(e.PLACE);
      if (place === null || !WITH_FOSTER_CARER.has(place) || !child.facts.episodes.includes(e)) continue;
      if (i === 0 && code(e.RNE) !== 'S') continue;
      const before = predecessor(episodes, i);
      const placeBefore = code(before?.PLACE ?? null);
      if (placeBefore === place) continue;
      if (placeBefore === null || !FOSTERING.has(placeBefore)) report(at.episode(e, 'PLACE'), before ? [episodeCell(child, before, 'PLACE')] : []);
    }
  },
);
