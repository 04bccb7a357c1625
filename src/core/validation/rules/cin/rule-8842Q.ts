import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection review has a date. */
export const rule: CinRule = childRule(
  {
    code: '8842Q',
    message: 'Please check and either amend or provide a reason: Review Record has a missing date',
    severity: 'query',
    fields: ['CPPreviewDate'],
    tables: ['Reviews'],
    years: CIN_YEARS,
    howToFix: 'Record the date of this child protection review, or remove the empty review.',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      for (const p of e.ChildProtectionPlans) {
        for (const r of p.Reviews) if (r.CPPreviewDate === null) report(at.review(r), [at.cpp(p, 'CPPstartDate')]);
      }
    }
  },
  ['Reviews'],
);
