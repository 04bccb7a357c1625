import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A reason for closure comes with a closure date. */
export const rule: CinRule = childRule(
  {
    code: '8810',
    message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
    severity: 'error',
    fields: ['ReasonForClosure', 'CINclosureDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the date the case was closed, or remove the reason for closure if it is still open.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReasonForClosure !== null && e.CINclosureDate === null) report(at.episode(e, 'CINclosureDate'), [at.episode(e, 'ReasonForClosure')]);
    }
  },
);
