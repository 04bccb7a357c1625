import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan and a child protection plan of the same episode do not run at the same time; ending one on the day the other starts is a hand-over, not an overlap. The DfE splits the check by which plans have ended: 4001 both ended, 4016 the CIN plan still open, 4017 the CIN plan ended and the child protection plan open. This is 4016. */
export const rule: CinRule = childRule(
  {
    code: '4016',
    message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
    severity: 'error',
    fields: ['CINPlanStartDate', 'CPPstartDate', 'CPPendDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'End the CIN plan when the child protection plan starts, or correct the plan dates.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        const start = p.CINPlanStartDate;
        if (start === null || p.CINPlanEndDate !== null) continue;
        for (let k = 0; k < e.ChildProtectionPlans.length; k++) {
          const c = e.ChildProtectionPlans[k]!;
          if (c.CPPstartDate !== null && (c.CPPendDate === null || c.CPPendDate > start)) {
            report(at.plan(p, 'CINPlanStartDate'), [at.cpp(c, 'CPPstartDate'), at.cpp(c, 'CPPendDate')]);
          }
        }
      }
    }
  },
  ['ChildProtectionPlans'],
);
