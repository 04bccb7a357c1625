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
    for (const e of child.CINdetails) {
      for (const p of e.ChildProtectionPlans) {
        if (p.CPPstartDate === null) continue;
        for (const r of p.Reviews) if (r.CPPreviewDate !== null && r.CPPreviewDate <= p.CPPstartDate) report(at.review(r), [at.cpp(p, 'CPPstartDate')]);
      }
    }
  },
  ['Reviews'],
);
