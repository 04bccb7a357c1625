import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan does not end before it starts. */
export const rule: CinRule = childRule(
  {
    code: '4011',
    message: 'CIN Plan End Date earlier than Start Date',
    severity: 'error',
    fields: ['CINPlanEndDate', 'CINPlanStartDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan dates: it cannot end before it started.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (p.CINPlanStartDate !== null && p.CINPlanEndDate !== null && p.CINPlanEndDate < p.CINPlanStartDate) report(at.plan(p, 'CINPlanEndDate'), [at.plan(p, 'CINPlanStartDate')]);
      }
    }
  },
  ['CINPlanDates'],
);
