import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An assessment completion date falls within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8696',
    message: 'Assessment end date must fall within the census year',
    severity: 'error',
    fields: ['AssessmentAuthorisationDate', 'ReferenceDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Correct the completion (authorisation) date of the assessment: it must fall within the census year.',
  },
  (child, context, report) => {
    for (const e of child.CINdetails) {
      for (const a of e.Assessments) {
        if (a.AssessmentAuthorisationDate !== null && !inCensusYear(context, a.AssessmentAuthorisationDate)) report(at.assessment(a, 'AssessmentAuthorisationDate'));
      }
    }
  },
  ['Assessments'],
);
