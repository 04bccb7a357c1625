import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** In a closed episode every assessment is completed. */
export const rule: CinRule = childRule(
  {
    code: '8867',
    message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
    severity: 'error',
    fields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the assessment\'s completion (authorisation) date, or reopen the case: a closed case cannot have an assessment still open.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate === null) continue;
      for (let j = 0; j < e.Assessments.length; j++) { const a = e.Assessments[j]!; if (a.AssessmentAuthorisationDate === null) report(at.assessment(a, 'AssessmentAuthorisationDate'), [at.episode(e, 'CINclosureDate')]); }
    }
  },
);
