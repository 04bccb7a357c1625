import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A referral with no further action has no CIN plan. */
export const rule: CinRule = childRule(
  {
    code: '4000',
    message: 'CIN Plan details provided for a referral with no further action',
    severity: 'error',
    fields: ['ReferralNFA'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Remove the CIN plan, or set ReferralNFA to 0: a referral with no further action has no CIN plan.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (e.ReferralNFA === true) report(at.plan(p, 'CINPlanStartDate'), [at.episode(e, 'ReferralNFA')]);
      }
    }
  },
  ['CINPlanDates'],
);
