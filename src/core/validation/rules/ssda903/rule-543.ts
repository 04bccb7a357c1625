import { dueAtAge } from './oc2-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Conviction information for each child aged 10 or over at 31 March looked after continuously for 12 months. */
export const rule: Ssda903Rule = dueAtAge(meta903('543'), 'CONVICTED', (age) => age >= 10);
