import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { continuationRule } from './reason-for-new-episode.ts';

/** RNE B or U (change of legal status and placement together): both differ from the episode before. */
export const rule: Ssda903Rule = continuationRule(
  meta903('436', undefined, { howToFix: 'Correct the reason for new episode, or the legal status or placement details of the episode.' }),
  new Set(['B', 'U']),
  { legalStatus: true, placement: true },
);
