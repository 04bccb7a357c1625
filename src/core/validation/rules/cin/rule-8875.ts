import { weekday } from '../../../model/dates.ts';
import { childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Initial conferences (both levels) fall on weekdays. */
export const rule: CinRule = childRule(
  {
    code: '8875',
    message: 'The Date of Initial Child Protection Conference cannot be a weekend',
    severity: 'error',
    fields: ['DateOfInitialCPC'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Correct the date of the initial conference: conferences are not held at weekends.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const conferences = initialConferences(e);
      for (let j = 0; j < conferences.length; j++) { const c = conferences[j]!; if (weekday(c.date) === 0 || weekday(c.date) === 6) report(c.cell); }
    }
  },
);
