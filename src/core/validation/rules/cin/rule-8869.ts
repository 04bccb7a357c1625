import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Factor 21 (no factors identified) is not given together with other factors. */
export const rule: CinRule = childRule(
  {
    code: '8869',
    message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
    severity: 'error',
    fields: ['AssessmentFactors'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Remove code 21 (\'no factors identified\') from this assessment, or the other factors.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        const factors = a.AssessmentFactors;
        if (factors !== null && factors.length > 1 && factors.includes('21')) report(at.factor(a, '21'), factors.filter((f) => f !== '21').map((f) => at.factor(a, f)));
      }
    }
  },
  ['Assessments'],
);
