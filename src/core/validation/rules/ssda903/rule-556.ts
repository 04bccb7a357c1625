import { decisionOnOrBefore, legalStatus } from './adoption-decisions.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** The decision to place for adoption is made on or before the freeing order (D1) is granted. */
export const rule: Ssda903Rule = decisionOnOrBefore(meta903('556'), legalStatus('D1'));
