import { legalStatus, needsDecision } from './adoption-decisions.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A child with a placement order (E1) has a date of the decision that the child should be placed for adoption. */
export const rule: Ssda903Rule = needsDecision(meta903('553'), legalStatus('E1'));
