import { providerPlacementRule } from './adopters-and-providers.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Parents as provider (PR0) go only with placement with parents (P1). */
export const rule: Ssda903Rule = providerPlacementRule(meta903('550'), 'PR0', ['P1'], true);
