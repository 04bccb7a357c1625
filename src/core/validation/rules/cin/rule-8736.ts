import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An assessment with no completion date started within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8736',
    message: 'For an Assessment that has not been completed, the start date must fall within the census year',
    severity: 'error',
    fields: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Record the completion (authorisation) date of this assessment, or correct its start date: an assessment still open must have started this census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        const start = a.AssessmentActualStartDate;
        if (a.AssessmentAuthorisationDate === null && start !== null && !inCensusYear(context, start)) {
          report(at.assessment(a, 'AssessmentActualStartDate'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
