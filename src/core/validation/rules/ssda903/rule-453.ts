import { meta903 } from './rules-metadata.ts';
import { at, childRule, type Ssda903Rule } from './ssda903-rule.ts';
import { episodeAcrossYearEnd } from './episodes.ts';
import { placementDistance } from './placements.ts';

/**
 * An episode sent in both years keeps its placement distance: last year's last episode and this year's
 * first, when they are the same episode (same DECOM), are the same distance from home, to the tenth of a
 * mile the DfE records. The distances are worked out from the postcodes with the postcode reference.
 */
export const rule: Ssda903Rule = childRule(
  meta903('453', undefined, { howToFix: 'Check the home and placement postcodes of the episode: they give another distance than last year’s return.' }),
  (child, context, report) => {
    const same = episodeAcrossYearEnd(child);
    if (!same) return;
    const now = placementDistance(same.first, context);
    const before = placementDistance(same.last, context);
    if (now !== null && before !== null && Math.round(now * 10) !== Math.round(before * 10)) {
      report(at.episode(same.first, 'PL_POST'), [at.episode(same.first, 'HOME_POST'), at.previous(at.episode(same.last, 'PL_POST')), at.previous(at.episode(same.last, 'HOME_POST'))]);
    }
  },
);
