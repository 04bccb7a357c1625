import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection plan has a start date on or before the end of the census period. */
export const rule: CinRule = childRule(
  {
    code: '8720',
    message: 'Child Protection Plan Start Date missing or out of data collection period',
    severity: 'error',
    fields: ['CPPstartDate', 'ReferenceDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Record the child protection plan start date; it cannot be after the end of the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate === null || p.CPPstartDate > context.referenceDate) report(at.cpp(p, 'CPPstartDate'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
