import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No child protection review of an episode falls strictly inside one of its CIN plans (after its start and before its end, or any time after the start of an open plan). */
export const rule: CinRule = childRule(
  {
    code: '4003',
    message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
    severity: 'error',
    fields: ['CINPlanStartDate', 'CINPlanEndDate', 'CPPreviewDate'],
    tables: ['Reviews'],
    years: CIN_YEARS,
    howToFix: 'Correct the dates: a child protection review cannot be held while a CIN plan is open (end the CIN plan, or correct the review date).',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        for (let k = 0; k < p.Reviews.length; k++) {
          const r = p.Reviews[k]!;
          const date = r.CPPreviewDate;
          if (date === null) continue;
          for (let l = 0; l < e.CINPlanDates.length; l++) {
            const cin = e.CINPlanDates[l]!;
            if (cin.CINPlanStartDate !== null && date > cin.CINPlanStartDate && (cin.CINPlanEndDate === null || date < cin.CINPlanEndDate)) {
              report(at.review(r), [at.plan(cin, 'CINPlanStartDate'), at.plan(cin, 'CINPlanEndDate')]);
            }
          }
        }
      }
    }
  },
  ['Reviews'],
);
