import { placement } from '../../../codes/ssda903-codes.ts';
import { validCodeRule } from './field-rules.ts';
import { variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** PLACE is a placement type of the year's list (H5 and P2 end in 2024/25, K3 starts; Z11–Z14 start in 2025/26). */
export const rules: Ssda903Rule[] = variants903('146').map((meta) => validCodeRule(meta, 'episodes', 'PLACE', placement, true));
