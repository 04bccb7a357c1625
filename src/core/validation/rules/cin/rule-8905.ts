import { categoryOfAbuse } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every child protection plan has a valid initial category of abuse. */
export const rule: CinRule = childRule(
  {
    code: '8905',
    message: 'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
    severity: 'error',
    fields: ['InitialCategoryOfAbuse'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Record the initial category of abuse: NEG, PHY, SAB, EMO or MUL.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (p.InitialCategoryOfAbuse === null || !codesIn(categoryOfAbuse, context.endYear).has(p.InitialCategoryOfAbuse)) report(at.cpp(p, 'InitialCategoryOfAbuse'));
      }
    }
  },
  ['ChildProtectionPlans'],
);
