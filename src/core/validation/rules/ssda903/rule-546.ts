import { notDueAtAge } from './oc2-rules.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** No health promotion information for a child aged 5 or over at 31 March. */
export const rule: Ssda903Rule = notDueAtAge(meta903('546'), 'HEALTH_CHECK', (age) => age < 5);
