import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An open episode that is not a referral with no further action is the latest (no other episode has a later referral). */
export const rule: CinRule = childRule(
  {
    code: '8816',
    message: 'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
    severity: 'error',
    fields: ['CINreferralDate', 'ReferralNFA'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Close the older episode, or correct its dates: only the latest episode can still be open.',
  },
  (child, _context, report) => {
    let latest: string | null = null;
    for (let i = 0; i < child.CINdetails.length; i++) { const e = child.CINdetails[i]!; if (e.CINreferralDate !== null && (latest === null || e.CINreferralDate > latest)) latest = e.CINreferralDate; }
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate === null && e.ReferralNFA !== true && e.CINreferralDate !== null && e.CINreferralDate < latest!) {
        report(at.episode(e, 'CINreferralDate'), [at.episode(e, 'ReferralNFA')]);
      }
    }
  },
);
