import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Factors identified at assessment are given only for a completed assessment. */
export const rule: CinRule = childRule(
  {
    code: '8614',
    message: 'Parental or child factors at assessment should only be present for a completed assessment.',
    severity: 'error',
    fields: ['AssessmentAuthorisationDate', 'AssessmentFactors'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Remove the factors from this assessment, or record its completion (authorisation) date: factors are recorded only when an assessment is completed.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (a.AssessmentAuthorisationDate === null && a.AssessmentFactors !== null && a.AssessmentFactors.length > 0) {
          report(at.assessment(a, 'AssessmentFactors'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
