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
    for (const e of child.CINdetails) {
      for (const p of e.CINPlanDates) {
        if (e.ReferralNFA === true) report(at.plan(p, 'CINPlanStartDate'), [at.episode(e, 'ReferralNFA')]);
      }
    }
  },
  ['CINPlanDates'],
);
