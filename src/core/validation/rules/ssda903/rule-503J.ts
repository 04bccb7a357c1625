import { firstEpisodeCarriesOver, plLocation } from './first-episode-carries-over.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** This year's first episode is, like the open episode last year ended with, in or out of the council's own area (from the placement postcodes). */
export const rule: Ssda903Rule = firstEpisodeCarriesOver(meta903('503J'), plLocation);
