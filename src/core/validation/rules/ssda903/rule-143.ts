import { reasonNewEpisode } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** RNE is S, L, P, T, B or U. */
export const rule: Ssda903Rule = validCodeRule(meta903('143'), 'episodes', 'RNE', reasonNewEpisode, true);
