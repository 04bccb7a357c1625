import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan does not start after the child's death. */
export const rule: CinRule = childRule(
  {
    code: '4008',
    message: 'CIN Plan shown as starting after the child’s Date of Death.',
    severity: 'error',
    fields: ['PersonDeathDate', 'CINPlanStartDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan start date or the child\'s date of death: a plan cannot start after the child died.',
  },
  (child, _context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (death !== null && p.CINPlanStartDate !== null && p.CINPlanStartDate > death) report(at.plan(p, 'CINPlanStartDate'), [at.child(child, 'PersonDeathDate')]);
      }
    }
  },
);
