import { placementProvider } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/**
 * PLACE_PROVIDER, where given, is PR0–PR5. The DfE made a new variant for 2025/26; the sources held no
 * change to the code list, so both variants check the list as the code module has it for the year.
 */
export const rules: Ssda903Rule[] = variants903('178').map((meta) => validCodeRule(meta, 'episodes', 'PLACE_PROVIDER', placementProvider, false));
