import type { ChildIdentifiersField } from '../../../model/child.ts';
import type { RuleMeta } from '../../types.ts';
import { type CinRule } from './cin-rule.ts';

/**
 * A return-level query: more than 2% of the born children have no gender (to 2023/24: GenderCurrent 0 or
 * absent) or no sex (from 2024/25: Sex U or absent). Unborn children (an expected date of birth and no
 * date of birth) are left out of both counts. It is reported once, for the whole return.
 */

function notRecordedShare(meta: RuleMeta, field: ChildIdentifiersField & ('GenderCurrent' | 'Sex'), notRecorded: string): CinRule {
  return {
    meta,
    start: () => {
      let born = 0;
      let missing = 0;
      return {
        record(child) {
          const ids = child.ChildIdentifiers;
          if (ids.PersonBirthDate === null && ids.ExpectedPersonBirthDate !== null) return;
          born++;
          const value = ids[field];
          if (value === null || value === notRecorded) missing++;
        },
        finish(report) {
          if (born > 0 && missing / born > 0.02) {
            report({ table: 'ChildIdentifiers', field, value: `${missing} of ${born} children (${((100 * missing) / born).toFixed(1)}%)` });
          }
        },
      };
    },
  };
}

/** To 2023/24: GenderCurrent. */
export const ruleGender: CinRule = notRecordedShare(
  {
    code: '2886Q',
    message: 'Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)',
    severity: 'query',
    fields: ['ExpectedPersonBirthDate', 'CINTable.ChildIdentifiers'],
    tables: ['ChildIdentifiers'],
    years: ['2022/23', '2023/24'],
    howToFix: 'Record each child\'s sex (gender) where it is known; \'not recorded\' should be rare apart from unborn children.',
  },
  'GenderCurrent',
  '0',
);

/** From 2024/25: Sex. */
export const ruleSex: CinRule = notRecordedShare(
  {
    code: '2886Q',
    message: 'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)',
    severity: 'query',
    fields: ['ExpectedPersonBirthDate', 'CINTable.ChildIdentifiers'],
    tables: ['ChildIdentifiers'],
    years: ['2024/25', '2025/26'],
    howToFix: 'Record each child\'s sex (gender) where it is known; \'not recorded\' should be rare apart from unborn children.',
  },
  'Sex',
  'U',
);
