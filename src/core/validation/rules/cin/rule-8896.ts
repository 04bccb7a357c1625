import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode has at most one assessment without a completion date. */
export const rule: CinRule = childRule(
  {
    code: '8896',
    message: 'Within one CINDetails group there are 2 or more open Assessments groups',
    severity: 'error',
    fields: ['AssessmentAuthorisationDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Complete (authorise) or correct the open assessments: an episode can have only one assessment open at a time.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const open = e.Assessments.filter((a) => a.AssessmentAuthorisationDate === null);
      if (open.length > 1) for (let j = 0; j < open.length; j++) { const a = open[j]!; report(at.assessment(a, 'AssessmentAuthorisationDate')); }
    }
  },
  ['Assessments'],
);
