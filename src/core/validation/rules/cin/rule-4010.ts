import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every CIN plan has a start date on or before the end of the census period. */
export const rule: CinRule = childRule(
  {
    code: '4010',
    message: 'CIN Plan start date is missing or out of data collection period',
    severity: 'error',
    fields: ['CINPlanStartDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Record the CIN plan start date; it cannot be after the end of the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (p.CINPlanStartDate === null || p.CINPlanStartDate > context.referenceDate) report(at.plan(p, 'CINPlanStartDate'));
      }
    }
  },
  ['CINPlanDates'],
);
