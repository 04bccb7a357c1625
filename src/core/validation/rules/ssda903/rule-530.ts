import { providerPlacementRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Private provision (PR4) does not provide placements with parents (P1). */
export const rule: Ssda903Rule = providerPlacementRule(meta903('530'), 'PR4', ['P1']);
