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
    for (const e of child.CINdetails) {
      for (const a of e.Assessments) {
        const seen = new Set<string>();
        for (const f of a.AssessmentFactors ?? []) {
          if (seen.has(f)) report(at.factor(a, f));
          seen.add(f);
        }
      }
    }
  },
  ['Assessments'],
);
