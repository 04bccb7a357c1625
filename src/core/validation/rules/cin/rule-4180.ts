import { genderCurrent, sex } from '../../../codes/cin-codes.ts';
import { codesIn, type CodeListHistory } from '../../../codes/code-list.ts';
import type { ChildIdentifiersField } from '../../../model/child.ts';
import type { RuleMeta } from '../../types.ts';
import { at, childRule, type CinRule } from './cin-rule.ts';

/** The child's gender (to 2023/24) or sex (from 2024/25) is present and one of the codes of the year. */

function codeRequired(meta: RuleMeta, field: ChildIdentifiersField & ('GenderCurrent' | 'Sex'), list: CodeListHistory): CinRule {
  return childRule(meta, (child, context, report) => {
    const value = child.ChildIdentifiers[field];
    if (value === null || !codesIn(list, context.endYear).has(value)) report(at.child(child, field));
  });
}

/** To 2023/24: GenderCurrent 0, 1, 2 or 9. */
export const ruleGender: CinRule = codeRequired(
  {
    code: '4180',
    message: 'Gender is missing',
    severity: 'error',
    fields: ['GenderCurrent'],
    tables: ['ChildIdentifiers'],
    years: ['2022/23', '2023/24'],
    howToFix: 'Record the child\'s sex: M (male), F (female) or U (unknown); for census years to 2023/24 the gender code 1, 2, 9 or 0.',
  },
  'GenderCurrent',
  genderCurrent,
);

/** From 2024/25: Sex M, F or U. */
export const ruleSex: CinRule = codeRequired(
  {
    code: '4180',
    message: 'Sex must be provided and equal M, F, or U',
    severity: 'error',
    fields: ['Sex'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Record the child\'s sex: M (male), F (female) or U (unknown); for census years to 2023/24 the gender code 1, 2, 9 or 0.',
  },
  'Sex',
  sex,
);
