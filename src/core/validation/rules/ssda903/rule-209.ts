import { ageOn } from '../../../model/dates.ts';
import { meta903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';

/**
 * UN1 (not of school age) is not used for a child of school age: aged 5 or more on 31 August at the start
 * of the school year that runs in the collection year (31 August 2023 for 2023/24), i.e. in year 1 or above.
 */
export const rule: Ssda903Rule = tableRule(meta903('209'), 'header', (row, context, report) => {
  if (row.UPN?.trim().toUpperCase() !== 'UN1' || row.DOB === null) return;
  if (ageOn(row.DOB, `${context.endYear - 1}-08-31`) >= 5) report(at.header(row, 'UPN'), [at.header(row, 'DOB')]);
});
