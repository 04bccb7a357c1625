import { childRule, inCensusYear, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Initial conference dates (both levels) fall within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8715',
    message: 'Date of Initial Child Protection Conference must fall within the census year',
    severity: 'error',
    fields: ['DateOfInitialCPC', 'ReferenceDate'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Correct the date of the initial conference: it must fall within the census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const conferences = initialConferences(e);
      for (let j = 0; j < conferences.length; j++) { const c = conferences[j]!; if (!inCensusYear(context, c.date)) report(c.cell); }
    }
  },
);
