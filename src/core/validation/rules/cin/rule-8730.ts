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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.NumberOfPreviousCPP === null) report(at.cpp(p, 'NumberOfPreviousCPP'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
