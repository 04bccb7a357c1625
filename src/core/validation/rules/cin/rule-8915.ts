import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan does not start after the child's death. */
export const rule: CinRule = childRule(
  {
    code: '8915',
    message: 'Child Protection Plan shown as starting after the child’s Date of Death',
    severity: 'error',
    fields: ['CPPstartDate', 'PersonDeathDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan start date or the child\'s date of death: a plan cannot start after the child died.',
  },
  (child, _context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (death !== null && p.CPPstartDate !== null && p.CPPstartDate > death) report(at.cpp(p, 'CPPstartDate'), [at.child(child, 'PersonDeathDate')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
