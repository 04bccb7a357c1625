import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A child has at most one open episode (no closure date) that is not a referral with no further action. */
export const rule: CinRule = childRule(
  {
    code: '8815',
    message: 'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
    severity: 'error',
    fields: ['ReferralNFA', 'CINclosureDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Close all but the current episode: a child can have only one open episode that is not a referral with no further action.',
  },
  (child, _context, report) => {
    const open = child.CINdetails.filter((e) => e.CINclosureDate === null && e.ReferralNFA !== true);
    if (open.length < 2) return;
    for (let i = 0; i < open.length; i++) { const e = open[i]!; report(at.episode(e, 'CINclosureDate'), [at.episode(e, 'ReferralNFA')]); }
  },
);
