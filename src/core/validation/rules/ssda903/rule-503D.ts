import { column, firstEpisodeCarriesOver } from './first-episode-carries-over.ts';
import { meta903, previousTableNeed } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** The DfE's table names only this year's episodes for the later variants, but the rule compares with last year's. */
const lastYear = { needs: ['previous-year', previousTableNeed('episodes')] } as const;
const placement = column('PLACE');

/**
 * This year's first episode has the placement type of the open episode last year ended with. In 2024/25
 * only, K3 (registered supported accommodation) replaced H5, so an H5 placement carried on as K3 is allowed.
 */
export const rules: readonly Ssda903Rule[] = [
  firstEpisodeCarriesOver(meta903('503D', '2022/23'), placement),
  firstEpisodeCarriesOver(meta903('503D', '2024/25', lastYear), { ...placement, allowed: (before, now) => before === 'H5' && now === 'K3' }),
  firstEpisodeCarriesOver(meta903('503D', '2025/26', lastYear), placement),
];
