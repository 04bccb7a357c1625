import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A completed assessment has its factors. */
export const rule: CinRule = childRule(
  {
    code: '8897Q',
    message: 'Parental or child factors at assessment information is missing from a completed assessment',
    severity: 'query',
    fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Record the factors identified at this completed assessment (21 if none were found).',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (a.AssessmentAuthorisationDate !== null && (a.AssessmentFactors === null || a.AssessmentFactors.length === 0)) {
          report(at.assessment(a, 'AssessmentFactors'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
