import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child protection plan does not end after the child's death. */
export const rule: CinRule = childRule(
  {
    code: '8920',
    message: 'Child Protection Plan cannot end after the child’s Date of Death',
    severity: 'error',
    fields: ['PersonDeathDate', 'CPPendDate'],
    tables: ['ChildProtectionPlans'],
    years: CIN_YEARS,
    howToFix: 'Correct the child protection plan end date or the child\'s date of death: a plan cannot end after the child died.',
  },
  (child, _context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.ChildProtectionPlans.length; j++) {
        const p = e.ChildProtectionPlans[j]!;
        if (death !== null && p.CPPendDate !== null && p.CPPendDate > death) report(at.cpp(p, 'CPPendDate'), [at.child(child, 'PersonDeathDate')]);
      }
    }
  },
  ['ChildProtectionPlans'],
);
