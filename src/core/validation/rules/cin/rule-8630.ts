import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode does not close before its referral. */
export const rule: CinRule = childRule(
  {
    code: '8630',
    message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
    severity: 'error',
    fields: ['CINreferralDate', 'CINclosureDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Correct the closure or referral date: a case cannot close before it was referred.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate !== null && e.CINreferralDate !== null && e.CINclosureDate < e.CINreferralDate) report(at.episode(e, 'CINclosureDate'), [at.episode(e, 'CINreferralDate')]);
    }
  },
);
