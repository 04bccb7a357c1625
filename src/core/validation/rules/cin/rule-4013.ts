import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan end date falls within the census period. */
export const rule: CinRule = childRule(
  {
    code: '4013',
    message: 'CIN Plan end date must fall within the census year',
    severity: 'error',
    fields: ['CINPlanEndDate', 'ReferenceDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan end date: it must fall within the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (p.CINPlanEndDate !== null && !inCensusYear(context, p.CINPlanEndDate)) report(at.plan(p, 'CINPlanEndDate'));
      }
    }
  },
  ['CINPlanDates'],
);
