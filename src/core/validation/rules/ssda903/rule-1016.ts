import { careLeaverRule, inCareOnBirthday, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';
import { dobCell } from './ages.ts';

/**
 * No care leaver information for a young person looked after on their 17th or 18th birthday (in this
 * year) whose care ended after it: they were not a care leaver on the birthday. Ceasing on the birthday
 * itself (DEC the birthday) is leaving before it, so is not flagged; still looked after at 31 March is rule 1007.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1016'), (row, child, context, report) => {
  if (child.facts.lookedAfterAtYearEnd) return;
  const e = inCareOnBirthday(child, row, context);
  if (e) reportCareLeaverInfo(row, report, [at.episode(e, 'DECOM'), ...dobCell(child)]);
});
