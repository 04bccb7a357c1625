import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An assessment does not start before the referral of its episode. */
export const rule: CinRule = childRule(
  {
    code: '1103',
    message: 'The assessment start date cannot be before the referral date',
    severity: 'error',
    fields: ['AssessmentActualStartDate', 'CINreferralDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Correct the assessment start or the referral date: an assessment cannot start before the referral.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        if (a.AssessmentActualStartDate !== null && e.CINreferralDate !== null && a.AssessmentActualStartDate < e.CINreferralDate) {
          report(at.assessment(a, 'AssessmentActualStartDate'), [at.episode(e, 'CINreferralDate')]);
        }
      }
    }
  },
  ['Assessments'],
);
