import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan does not start and end on the same day. */
export const rule: CinRule = childRule(
  {
    code: '4012Q',
    message: 'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day',
    severity: 'query',
    fields: ['CINPlanStartDate', 'CINPlanEndDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Check the CIN plan dates: a plan that starts and ends on the same day needs correcting or explaining.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (p.CINPlanStartDate !== null && p.CINPlanEndDate === p.CINPlanStartDate) report(at.plan(p, 'CINPlanEndDate'), [at.plan(p, 'CINPlanStartDate')]);
      }
    }
  },
  ['CINPlanDates'],
);
