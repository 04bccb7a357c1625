import type { ChildIdentifiersField } from '../../../model/child.ts';
import type { RuleMeta } from '../../types.ts';
import { at, childRule, type CinRule } from './cin-rule.ts';

/** An unborn child (expected date of birth, no date of birth) has gender 0 (to 2023/24) or sex U (from 2024/25). */

function unbornCode(meta: RuleMeta, field: ChildIdentifiersField & ('GenderCurrent' | 'Sex'), unborn: string): CinRule {
  return childRule(meta, (child, _context, report) => {
    const ids = child.ChildIdentifiers;
    if (ids.PersonBirthDate === null && ids.ExpectedPersonBirthDate !== null && ids[field] !== unborn) {
      report(at.child(child, field), [at.child(child, 'ExpectedPersonBirthDate')]);
    }
  });
}

/** To 2023/24: GenderCurrent 0. */
export const ruleGender: CinRule = unbornCode(
  {
    code: '8750',
    message: 'Gender must equal 0 for an unborn child',
    severity: 'error',
    fields: ['GenderCurrent', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    tables: ['ChildIdentifiers'],
    years: ['2022/23', '2023/24'],
    howToFix: 'For an unborn child, record sex as U (to 2023/24: gender 0), and update it once the child is born.',
  },
  'GenderCurrent',
  '0',
);

/** From 2024/25: Sex U. */
export const ruleSex: CinRule = unbornCode(
  {
    code: '8750',
    message: 'Sex must equal U for an unborn child',
    severity: 'error',
    fields: ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'For an unborn child, record sex as U (to 2023/24: gender 0), and update it once the child is born.',
  },
  'Sex',
  'U',
);
