import { reasonPlacedCeased } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** REASON_PLACED_CEASED, where given, is RD1 to RD4. */
export const rule: Ssda903Rule = validCodeRule(meta903('120'), 'placed_for_adoption', 'REASON_PLACED_CEASED', reasonPlacedCeased, false);
