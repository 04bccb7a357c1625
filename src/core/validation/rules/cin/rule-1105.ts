import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan does not start before the referral of its episode. */
export const rule: CinRule = childRule(
  {
    code: '1105',
    message: 'The child protection plan start date cannot be before the referral date',
    severity: 'error',
    fields: ['CPPstartDate', 'CINreferralDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan start or the referral date: a plan cannot start before the referral.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate !== null && e.CINreferralDate !== null && p.CPPstartDate < e.CINreferralDate) report(at.cpp(p, 'CPPstartDate'), [at.episode(e, 'CINreferralDate')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
