import { decisionOnOrBefore, legalStatus } from './adoption-decisions.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** The decision to place for adoption is made on or before the placement order (E1) is granted. An order granted in an earlier year shows here as the first E1 episode of the return, which the DfE warns may mislead. */
export const rule: Ssda903Rule = decisionOnOrBefore(meta903('554'), legalStatus('E1'));
