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
    for (const e of child.CINdetails) {
      if (e.CINclosureDate === null) continue;
      for (const a of e.Assessments) if (a.AssessmentAuthorisationDate === null) report(at.assessment(a, 'AssessmentAuthorisationDate'), [at.episode(e, 'CINclosureDate')]);
    }
  },
);
