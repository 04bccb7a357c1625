import { codesIn } from '../../../codes/code-list.ts';
import { previousPermanence } from '../../../codes/ssda903-codes.ts';
import { meta903 } from './rules-metadata.ts';
import { at, blank, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/** A previous permanence option given is one of the year's codes (a blank one is rule 630's). */
export const rule: Ssda903Rule = tableRule(meta903('631'), 'previous_permanence', (row, context, report) => {
  if (!blank(row.PREV_PERM) && !codesIn(previousPermanence, context.endYear).has(row.PREV_PERM!.trim())) report(at.permanence(row, 'PREV_PERM'));
});
