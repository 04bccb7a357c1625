import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A closed episode has a reason for closure. */
export const rule: CinRule = childRule(
  {
    code: '8805',
    message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
    severity: 'error',
    fields: ['CINclosureDate', 'ReasonForClosure'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the reason the case was closed.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate !== null && e.ReasonForClosure === null) report(at.episode(e, 'ReasonForClosure'), [at.episode(e, 'CINclosureDate')]);
    }
  },
);
