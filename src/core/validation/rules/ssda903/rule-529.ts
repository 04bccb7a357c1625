import { providerPlacementRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Other public provision (PR3) does not provide placements with parents, for adoption, in children's homes or in foster care. */
export const rule: Ssda903Rule = providerPlacementRule(meta903('529'), 'PR3', ['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
