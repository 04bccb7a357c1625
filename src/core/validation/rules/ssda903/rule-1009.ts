import { reasonPlaceChange } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** REASON_PLACE_CHANGE, where given, is a code of the year's list (it is blank when the placement did not change). */
export const rule: Ssda903Rule = validCodeRule(meta903('1009'), 'episodes', 'REASON_PLACE_CHANGE', reasonPlaceChange, false);
