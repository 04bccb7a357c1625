import { at, workingDaysSince, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An assessment still open at the end of the census period started no more than 45 working days before it. */
export const rule: CinRule = childRule(
  {
    code: '8670Q',
    message: 'Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.',
    severity: 'query',
    fields: ['AssessmentActualStartDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Record the completion (authorisation) date of this assessment, or explain why it has been open for more than 45 working days.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        const start = a.AssessmentActualStartDate;
        if (start !== null && a.AssessmentAuthorisationDate === null && workingDaysSince(start, context.referenceDate) > 45) {
          report(at.assessment(a, 'AssessmentActualStartDate'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
