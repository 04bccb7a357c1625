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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        for (let k = 0; k < p.Reviews.length; k++) { const r = p.Reviews[k]!; if (r.CPPreviewDate === null) report(at.review(r), [at.cpp(p, 'CPPstartDate')]); }
      }
    }
  },
  ['Reviews'],
);
