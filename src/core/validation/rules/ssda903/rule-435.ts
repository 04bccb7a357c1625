import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { continuationRule } from './reason-for-new-episode.ts';

/**
 * RNE P or T (change of placement only, with new or the same carers): the placement (type, postcode, URN
 * or provider) differs from the episode before, the legal status does not.
 */
export const rule: Ssda903Rule = continuationRule(
  meta903('435', undefined, { howToFix: 'Correct the reason for new episode, or the legal status or placement details of the episode.' }),
  new Set(['P', 'T']),
  { legalStatus: false, placement: true },
);
