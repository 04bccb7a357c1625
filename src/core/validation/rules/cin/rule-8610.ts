import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A referral that went on to further action (ReferralNFA 0) has a primary need code. */
export const rule: CinRule = childRule(
  {
    code: '8610',
    message: 'Primary Need code is missing for a referral which led to further action.',
    severity: 'error',
    fields: ['ReferralNFA', 'PrimaryNeedCode'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the primary need code for a referral that led to further action.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReferralNFA === false && e.PrimaryNeedCode === null) report(at.episode(e, 'PrimaryNeedCode'), [at.episode(e, 'ReferralNFA')]);
    }
  },
);
