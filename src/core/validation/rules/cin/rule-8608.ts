import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An assessment is not completed before it starts. */
export const rule: CinRule = childRule(
  {
    code: '8608',
    message: 'Assessment Start Date cannot be later than its End Date',
    severity: 'error',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Correct the assessment dates: it cannot be completed (authorised) before it started.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (a.AssessmentActualStartDate !== null && a.AssessmentAuthorisationDate !== null && a.AssessmentActualStartDate > a.AssessmentAuthorisationDate) {
          report(at.assessment(a, 'AssessmentActualStartDate'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
