import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan does not start before the referral of its episode. */
export const rule: CinRule = childRule(
  {
    code: '4015',
    message: 'The CIN Plan start date cannot be before the referral date',
    severity: 'error',
    fields: ['CINPlanStartDate', 'CINreferralDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan start or the referral date: a plan cannot start before the referral.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (p.CINPlanStartDate !== null && e.CINreferralDate !== null && p.CINPlanStartDate < e.CINreferralDate) report(at.plan(p, 'CINPlanStartDate'), [at.episode(e, 'CINreferralDate')]);
      }
    }
  },
  ['CINPlanDates'],
);
