import { providerPlacementRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Voluntary provision (PR5) does not provide placements with parents (P1). */
export const rule: Ssda903Rule = providerPlacementRule(meta903('531'), 'PR5', ['P1']);
