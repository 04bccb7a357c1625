import { reasonEpisodeCeased } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** REC, where given, is a reason episode ceased code of the year's list. */
export const rule: Ssda903Rule = validCodeRule(meta903('149'), 'episodes', 'REC', reasonEpisodeCeased, false);
