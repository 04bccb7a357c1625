import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A referral with no further action has no child protection plan. */
export const rule: CinRule = childRule(
  {
    code: '8832',
    message: 'Child Protection details provided for a referral with no further action.',
    severity: 'error',
    fields: ['CINdetailsID', 'ReferralNFA'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Remove the child protection plan, or set ReferralNFA to 0: a referral with no further action has no child protection plan.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (e.ReferralNFA === true) report(at.cpp(p, 'CPPstartDate'), [at.episode(e, 'ReferralNFA')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
