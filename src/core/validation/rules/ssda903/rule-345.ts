import { meta903 } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

const ACTIVITY_AND_ACCOMMODATION = ['ACTIV', 'ACCOM'] as const;

/**
 * A council in touch with a care leaver knows their activity and accommodation: neither is 0 (the code for
 * not in touch, died or returned home). Blank values are left to the rules on missing codes.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('345', undefined, { howToFix: 'Record the young person’s actual activity and accommodation: the council is in touch with them.' }),
  'oc3',
  (row, _context, report) => {
    if (code(row.IN_TOUCH) !== 'YES') return;
    for (let i = 0; i < ACTIVITY_AND_ACCOMMODATION.length; i++) { const f = ACTIVITY_AND_ACCOMMODATION[i]!; if (code(row[f]) === '0') report(at.oc3(row, f), [at.oc3(row, 'IN_TOUCH')]); }
  },
);
