import { firstEpisodeCarriesOver, plLa } from './first-episode-carries-over.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** This year's first episode is placed in the same council's area as the open episode last year ended with (from the placement postcodes). */
export const rule: Ssda903Rule = firstEpisodeCarriesOver(meta903('503H'), plLa);
