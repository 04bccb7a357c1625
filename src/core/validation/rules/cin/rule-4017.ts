import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan and a child protection plan of the same episode do not run at the same time; ending one on the day the other starts is a hand-over, not an overlap. The DfE splits the check by which plans have ended: 4001 both ended, 4016 the CIN plan still open, 4017 the CIN plan ended and the child protection plan open. This is 4017. */
export const rule: CinRule = childRule(
  {
    code: '4017',
    message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
    severity: 'error',
    fields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPstartDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the plan dates: the CIN plan must end by the day the child protection plan starts.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        const end = p.CINPlanEndDate;
        if (p.CINPlanStartDate === null || end === null) continue;
        for (let k = 0; k < e.ChildProtectionPlans.length; k++) {
          const c = e.ChildProtectionPlans[k]!;
          if (c.CPPstartDate !== null && c.CPPendDate === null && c.CPPstartDate < end) {
            report(at.plan(p, 'CINPlanEndDate'), [at.plan(p, 'CINPlanStartDate'), at.cpp(c, 'CPPstartDate')]);
          }
        }
      }
    }
  },
  ['ChildProtectionPlans'],
);
