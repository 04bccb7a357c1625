import { firstEpisodeCarriesOver, plDistance } from './first-episode-carries-over.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** This year's first episode is the same distance from home as the open episode last year ended with (to 0.1 mile, from the postcodes). */
export const rule: Ssda903Rule = firstEpisodeCarriesOver(meta903('503G'), plDistance);
