import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every section 47 enquiry has a start date, not after its initial conference. */
export const rule: CinRule = childRule(
  {
    code: '8615',
    message: 'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
    severity: 'error',
    fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Record the section 47 start date (the strategy discussion); it cannot be after the initial conference.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        const start = s.S47ActualStartDate;
        if (start === null || (s.DateOfInitialCPC !== null && start > s.DateOfInitialCPC)) report(at.s47(s, 'S47ActualStartDate'), [at.s47(s, 'DateOfInitialCPC')]);
      }
    }
  },
  ['Section47'],
);
