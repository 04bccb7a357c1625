import { notDueAtAge } from './oc2-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** No conviction information for a child under 10 (the age of criminal responsibility) at 31 March. */
export const rule: Ssda903Rule = notDueAtAge(meta903('542'), 'CONVICTED', (age) => age >= 10);
