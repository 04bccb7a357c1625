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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (a.AssessmentAuthorisationDate !== null && !inCensusYear(context, a.AssessmentAuthorisationDate)) report(at.assessment(a, 'AssessmentAuthorisationDate'));
      }
    }
  },
  ['Assessments'],
);
