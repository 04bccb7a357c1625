import { column, firstEpisodeCarriesOver } from './first-episode-carries-over.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** This year's first episode has the CIN of the episode last year's return ended with, when that one was open. */
export const rule: Ssda903Rule = firstEpisodeCarriesOver(meta903('503C'), column('CIN'));
