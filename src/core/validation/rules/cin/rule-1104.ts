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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const referral = e.CINreferralDate;
      if (referral === null) continue;
      const conferences = initialConferences(e);
      for (let j = 0; j < conferences.length; j++) { const c = conferences[j]!; if (c.date < referral) report(c.cell, [at.episode(e, 'CINreferralDate')]); }
    }
  },
);
