import type { RuleMeta } from '../../types.ts';
import { at, childRule, type CinRule } from './cin-rule.ts';

/**
 * A query on an assessment factor the DfE has split into finer codes (18A into 18B/18C, 19A into 19B/19C):
 * the old code is still accepted by the schema, so the DfE asks for the new ones by a query.
 */
export function retiredFactorRule(meta: RuleMeta, code: string): CinRule {
  return childRule(meta, (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) { const a = e.Assessments[j]!; if (a.AssessmentFactors?.includes(code)) report(at.factor(a, code)); }
    }
  });
}
