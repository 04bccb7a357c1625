import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No factor is given twice for one assessment. */
export const rule: CinRule = childRule(
  {
    code: '8898',
    message: 'The assessment has more than one parental or child factors with the same code',
    severity: 'error',
    fields: ['AssessmentFactors'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Remove the repeated factor: each factor is recorded once per assessment.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        const seen = new Set<string>();
        const factors = a.AssessmentFactors ?? [];
        for (let k = 0; k < factors.length; k++) {
          const f = factors[k]!;
          if (seen.has(f)) report(at.factor(a, f));
          seen.add(f);
        }
      }
    }
  },
  ['Assessments'],
);
