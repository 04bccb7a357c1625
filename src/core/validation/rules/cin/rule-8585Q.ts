import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode closed because the child died (RC2) comes with a date of death. */
export const rule: CinRule = childRule(
  {
    code: '8585Q',
    message: 'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
    severity: 'query',
    fields: ['ReasonForClosure', 'PersonDeathDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the child\'s date of death, or correct the reason for closure if the child did not die.',
  },
  (child, _context, report) => {
    if (child.ChildIdentifiers.PersonDeathDate !== null) return;
    for (let i = 0; i < child.CINdetails.length; i++) { const e = child.CINdetails[i]!; if (e.ReasonForClosure === 'RC2') report(at.episode(e, 'ReasonForClosure'), [at.child(child, 'PersonDeathDate')]); }
  },
);
