import { at, childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No initial child protection conference of an episode (at CINdetails or Section47 level: the DfE names DateOfInitialCPC, which both carry) is before its referral. */
export const rule: CinRule = childRule(
  {
    code: '1104',
    message: 'The date of the initial child protection conference cannot be before the referral date',
    severity: 'error',
    fields: ['CINreferralDate', 'DateOfInitialCPC'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Correct the conference or referral date: an initial child protection conference cannot be before the referral.',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      const referral = e.CINreferralDate;
      if (referral === null) continue;
      for (const c of initialConferences(e)) if (c.date < referral) report(c.cell, [at.episode(e, 'CINreferralDate')]);
    }
  },
);
