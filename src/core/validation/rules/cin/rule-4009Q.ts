import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A CIN plan does not end after the child's death. */
export const rule: CinRule = childRule(
  {
    code: '4009Q',
    message: 'CIN Plan cannot end after the child’s Date of Death',
    severity: 'query',
    fields: ['PersonDeathDate', 'CINPlanEndDate'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'Correct the CIN plan end date or the child\'s date of death: a plan cannot end after the child died.',
  },
  (child, _context, report) => {
    const death = child.ChildIdentifiers.PersonDeathDate;
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.CINPlanDates.length; j++) {
        const p = e.CINPlanDates[j]!;
        if (death !== null && p.CINPlanEndDate !== null && p.CINPlanEndDate > death) report(at.plan(p, 'CINPlanEndDate'), [at.child(child, 'PersonDeathDate')]);
      }
    }
  },
);
