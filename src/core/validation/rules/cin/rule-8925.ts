import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan does not end before it starts. */
export const rule: CinRule = childRule(
  {
    code: '8925',
    message: 'Child Protection Plan End Date earlier than Start Date',
    severity: 'error',
    fields: ['CPPstartDate', 'CPPendDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan dates: it cannot end before it started.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate !== null && p.CPPendDate !== null && p.CPPendDate < p.CPPstartDate) report(at.cpp(p, 'CPPendDate'), [at.cpp(p, 'CPPstartDate')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
