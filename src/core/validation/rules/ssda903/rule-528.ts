import { providerPlacementRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Another council's provision (PR2) does not provide placements with parents (P1), in health settings (R2) or in young offender institutions (R5). */
export const rule: Ssda903Rule = providerPlacementRule(meta903('528'), 'PR2', ['P1', 'R2', 'R5']);
