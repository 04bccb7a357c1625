import { dueAtAge } from './oc2-rules.ts';
import { meta903, tableNeed } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** Health promotion information for each child under 5 at 31 March looked after continuously for 12 months (the episodes tell who that is, though the DfE names only OC2). */
export const rule: Ssda903Rule = dueAtAge(meta903('545', undefined, { needs: [tableNeed('episodes')] }), 'HEALTH_CHECK', (age) => age < 5);
