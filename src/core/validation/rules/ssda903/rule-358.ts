import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** The youth-justice legal statuses (J1–J3) need a child of at least 10, the age of criminal responsibility, when the episode starts. */
export const rule: Ssda903Rule = episodeAgeRule(
  meta903('358', undefined, { howToFix: 'Correct the legal status or the date of birth: a child under 10 cannot be remanded, detained or sentenced.' }),
  { field: 'LS', codes: new Set(['J1', 'J2', 'J3']), on: 'DECOM', age: 10, minimum: true },
);
