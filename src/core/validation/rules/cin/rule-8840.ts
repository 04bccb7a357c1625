import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan does not start and end on the same day. */
export const rule: CinRule = childRule(
  {
    code: '8840',
    message: 'Child Protection Plan cannot start and end on the same day',
    severity: 'error',
    fields: ['CINTable.ChildProtectionPlans', 'CPPstartDate', 'CPPendDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan dates: a plan cannot start and end on the same day.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate !== null && p.CPPendDate === p.CPPstartDate) report(at.cpp(p, 'CPPendDate'), [at.cpp(p, 'CPPstartDate')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
