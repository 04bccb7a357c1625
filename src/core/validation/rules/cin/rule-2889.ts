import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A section 47 enquiry does not start before the referral of its episode. */
export const rule: CinRule = childRule(
  {
    code: '2889',
    message: 'The S47 start date cannot be before the referral date.',
    severity: 'error',
    fields: ['S47ActualStartDate', 'CINreferralDate'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Correct the section 47 start or the referral date: an enquiry cannot start before the referral.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        if (s.S47ActualStartDate !== null && e.CINreferralDate !== null && s.S47ActualStartDate < e.CINreferralDate) report(at.s47(s, 'S47ActualStartDate'), [at.episode(e, 'CINreferralDate')]);
      }
    }
  },
  ['Section47'],
);
