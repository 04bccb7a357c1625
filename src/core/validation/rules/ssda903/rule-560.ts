import { earlierDecisionRecorded } from './decisions-last-year.ts';
import { meta903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';

/** A decision made before this year is in last year's return with the same date; reported here when last year's return had the latest decision open. */
export const rule: Ssda903Rule = earlierDecisionRecorded(meta903('560'), 'open');
