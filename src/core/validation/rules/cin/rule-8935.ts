import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child has at most one child protection plan without an end date. */
export const rule: CinRule = childRule(
  {
    code: '8935',
    message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
    severity: 'error',
    fields: ['CPPendDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'End all but the current child protection plan: a child can have only one open plan.',
  },
  (child, _context, report) => {
    const open = child.CINdetails.flatMap((e) => e.ChildProtectionPlans.filter((p) => p.CPPendDate === null));
    if (open.length > 1) for (let i = 0; i < open.length; i++) { const p = open[i]!; report(at.cpp(p, 'CPPendDate')); }
  },
  ['ChildProtectionPlans'],
);
