import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** ReferralNFA is present as 0 or 1 (the reader keeps the text it could not read). */
export const rule: CinRule = childRule(
  {
    code: '8568',
    message: 'RNFA flag is missing or invalid',
    severity: 'error',
    fields: ['ReferralNFA'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record whether the referral led to no further action: 1 (yes) or 0 (no).',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReferralNFA === null) report(at.episode(e, 'ReferralNFA'));
    }
  },
);
