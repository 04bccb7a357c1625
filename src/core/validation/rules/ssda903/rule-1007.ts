import { careLeaverRule, inCareOnBirthday, reportCareLeaverInfo } from './care-leavers.ts';
import { meta903 } from './rules-metadata.ts';
import { at, type Ssda903Rule } from './ssda903-rule.ts';
import { dobCell } from './ages.ts';

/**
 * No care leaver information for a young person looked after on their 17th or 18th birthday (in this
 * year) who is still looked after at 31 March. One who ceased after the birthday is rule 1016's (from
 * 2023/24): the two split "looked after on the birthday" by whether care has ended.
 */
export const rule: Ssda903Rule = careLeaverRule(meta903('1007'), (row, child, context, report) => {
  if (!child.facts.lookedAfterAtYearEnd) return;
  const e = inCareOnBirthday(child, row, context);
  if (e) reportCareLeaverInfo(row, report, [at.episode(e, 'DECOM'), ...dobCell(child)]);
});
