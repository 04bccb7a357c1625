import { categoryOfAbuse } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection plan has a valid latest category of abuse. */
export const rule: CinRule = childRule(
  {
    code: '8910',
    message: 'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
    severity: 'error',
    fields: ['LatestCategoryOfAbuse'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Record the latest category of abuse: NEG, PHY, SAB, EMO or MUL.',
  },
  (child, context, report) => {
    for (const e of child.CINdetails) {
      for (const p of e.ChildProtectionPlans) {
        if (p.LatestCategoryOfAbuse === null || !codesIn(categoryOfAbuse, context.endYear).has(p.LatestCategoryOfAbuse)) report(at.cpp(p, 'LatestCategoryOfAbuse'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
