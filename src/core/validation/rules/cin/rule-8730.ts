import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection plan gives the number of previous plans. */
export const rule: CinRule = childRule(
  {
    code: '8730',
    message: 'Total Number of previous Child Protection Plans missing',
    severity: 'error',
    fields: ['NumberOfPreviousCPP'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Record how many child protection plans the child had before this one (0 if none).',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      for (const p of e.ChildProtectionPlans) {
        if (p.NumberOfPreviousCPP === null) report(at.cpp(p, 'NumberOfPreviousCPP'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
