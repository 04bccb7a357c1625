import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child has at most one CIN plan without an end date. */
export const rule: CinRule = childRule(
  {
    code: '4004',
    message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
    severity: 'error',
    fields: ['CINPlanEndDate'],
    tables: ['CINplanDates'],
    years: CIN_YEARS,
    howToFix: 'End all but the current CIN plan: a child can have only one open CIN plan.',
  },
  (child, _context, report) => {
    const open = child.CINdetails.flatMap((e) => e.CINPlanDates.filter((p) => p.CINPlanEndDate === null));
    if (open.length > 1) for (let i = 0; i < open.length; i++) { const p = open[i]!; report(at.plan(p, 'CINPlanEndDate')); }
  },
  ['CINPlanDates'],
);
