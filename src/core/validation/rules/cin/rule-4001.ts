import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan and a child protection plan of the same episode do not run at the same time; ending one on the day the other starts is a hand-over, not an overlap. The DfE splits the check by which plans have ended: 4001 both ended, 4016 the CIN plan still open, 4017 the CIN plan ended and the child protection plan open. This is 4001. */
export const rule: CinRule = childRule(
  {
    code: '4001',
    message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
    severity: 'error',
    fields: ['CINPlanEndDate', 'CPPendDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the plan dates: a CIN plan must end by the day a child protection plan starts, and start no earlier than the day it ends.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        const [start, end] = [p.CINPlanStartDate, p.CINPlanEndDate];
        if (start === null || end === null) continue;
        for (let k = 0; k < e.ChildProtectionPlans.length; k++) {
          const c = e.ChildProtectionPlans[k]!;
          if (c.CPPstartDate !== null && c.CPPendDate !== null && start < c.CPPendDate && c.CPPstartDate < end) {
            report(at.plan(p, 'CINPlanEndDate'), [at.cpp(c, 'CPPstartDate'), at.cpp(c, 'CPPendDate')]);
          }
        }
      }
    }
  },
  ['ChildProtectionPlans'],
);
