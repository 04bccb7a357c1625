import { decisionOnOrBefore, placedForAdoption } from './adoption-decisions.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** The decision to place for adoption is made on or before each placement for adoption (A3–A6) starts. */
export const rule: Ssda903Rule = decisionOnOrBefore(meta903('552'), placedForAdoption);
