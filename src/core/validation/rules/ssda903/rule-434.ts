import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { continuationRule } from './reason-for-new-episode.ts';

/** RNE L (change of legal status only): the legal status differs from the episode before, the placement does not. */
export const rule: Ssda903Rule = continuationRule(
  meta903('434', undefined, { howToFix: 'Correct the reason for new episode, or the legal status or placement details of the episode.' }),
  new Set(['L']),
  { legalStatus: true, placement: false },
);
