import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan end date falls within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8930',
    message: 'Child Protection Plan End Date must fall within the census year',
    severity: 'error',
    fields: ['CPPendDate', 'ReferenceDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan end date: it must fall within the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPendDate !== null && !inCensusYear(context, p.CPPendDate)) report(at.cpp(p, 'CPPendDate'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
