import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every episode has a referral date on or before the end of the census period. */
export const rule: CinRule = childRule(
  {
    code: '8600',
    message: 'Child referral date missing or after data collection period',
    severity: 'error',
    fields: ['CINreferralDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the referral date; it cannot be after the end of the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINreferralDate === null || e.CINreferralDate > context.referenceDate) report(at.episode(e, 'CINreferralDate'));
    }
  },
);
