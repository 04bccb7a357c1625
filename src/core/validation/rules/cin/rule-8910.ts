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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.LatestCategoryOfAbuse === null || !codesIn(categoryOfAbuse, context.endYear).has(p.LatestCategoryOfAbuse)) report(at.cpp(p, 'LatestCategoryOfAbuse'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
