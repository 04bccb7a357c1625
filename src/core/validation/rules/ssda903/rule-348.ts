import { meta903, previousTableNeed } from './rules-metadata.ts';
import { at, code, type Ssda903Rule, tableRule } from './ssda903-rule.ts';

/**
 * A care leaver reported as died last year is reported as died again. The DfE table names only OC3, but
 * "previously reported" needs last year's OC3, so the rule declares it.
 */
export const rule: Ssda903Rule = tableRule(
  meta903('348', undefined, {
    howToFix: 'Check the young person’s record: last year’s return says they died.',
    needs: ['previous-year', previousTableNeed('oc3')],
  }),
  'oc3',
  (row, _context, report, child) => {
    if (code(row.IN_TOUCH) === 'DIED') return;
    const died = child.previous?.oc3.find((r) => code(r.IN_TOUCH) === 'DIED');
    if (died) report(at.oc3(row, 'IN_TOUCH'), [at.previous(at.oc3(died, 'IN_TOUCH'))]);
  },
);
