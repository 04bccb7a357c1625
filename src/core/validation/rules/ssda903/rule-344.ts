import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

const ACTIVITY_AND_ACCOMMODATION = ['ACTIV', 'ACCOM'] as const;

const NOT_REPORTED = new Set(['DIED', 'RHOM']);

/**
 * A care leaver who has died or gone home to parents for 6 months or more has no activity or
 * accommodation to report: ACTIV and ACCOM are left blank. The DfE's code lists also offer 0 ("not in
 * touch, died or returned home") for these young people, so 0 is accepted as "not completed".
 */
export const rule: Ssda903Rule = tableRule(
  meta903('344', undefined, { howToFix: 'Leave activity and accommodation blank for a young person who died or returned home for 6 months or more.' }),
  'oc3',
  (row, _context, report) => {
    const inTouch = code(row.IN_TOUCH);
    if (inTouch === null || !NOT_REPORTED.has(inTouch)) return;
    for (let i = 0; i < ACTIVITY_AND_ACCOMMODATION.length; i++) {
      const f = ACTIVITY_AND_ACCOMMODATION[i]!;
      const value = code(row[f]);
      if (value !== null && value !== '0') report(at.oc3(row, f), [at.oc3(row, 'IN_TOUCH')]);
    }
  },
);
