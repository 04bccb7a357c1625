import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection review is after the start of its plan. */
export const rule: CinRule = childRule(
  {
    code: '8841',
    message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
    severity: 'error',
    fields: ['CPPstartDate', 'CPPreviewDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the review date: a child protection review is held after the plan starts.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.CPPstartDate === null) continue;
        for (let k = 0; k < p.Reviews.length; k++) { const r = p.Reviews[k]!; if (r.CPPreviewDate !== null && r.CPPreviewDate <= p.CPPstartDate) report(at.review(r), [at.cpp(p, 'CPPstartDate')]); }
      }
    }
  },
  ['Reviews'],
);
