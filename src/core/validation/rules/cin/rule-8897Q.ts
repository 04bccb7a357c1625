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
    for (const e of child.CINdetails) {
      for (const a of e.Assessments) {
        if (a.AssessmentAuthorisationDate !== null && (a.AssessmentFactors === null || a.AssessmentFactors.length === 0)) {
          report(at.assessment(a, 'AssessmentFactors'), [at.assessment(a, 'AssessmentAuthorisationDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
