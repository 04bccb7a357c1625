import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeAcrossYearEnd } from './episodes.ts';
import { placementLa } from './placements.ts';

/**
 * An episode sent in both years keeps its placement council: last year's last episode and this year's
 * first, when they are the same episode (same DECOM), are in the same council. The DfE works the council
 * out from the placement postcode; here the postcode reference does, and an unknown postcode is not judged.
 */
export const rule: Ssda903Rule = childRule(
  meta903('452', undefined, { howToFix: 'Check the placement postcode of the episode: last year’s return placed it in another council.' }),
  (child, context, report) => {
    const same = episodeAcrossYearEnd(child);
    if (!same) return;
    const now = placementLa(same.first, context);
    const before = placementLa(same.last, context);
    if (now !== null && before !== null && now !== before) report(at.episode(same.first, 'PL_POST'), [at.previous(at.episode(same.last, 'PL_POST'))]);
  },
);
