import { at, childRule, inCensusYear, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A section 47 enquiry with no initial conference and no "not required" flag started within the census period. */
export const rule: CinRule = childRule(
  {
    code: '8740',
    message: 'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
    severity: 'error',
    fields: ['S47ActualStartDate', 'DateOfInitialCPC', 'ICPCnotRequired'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Record the date of the initial conference or that none was required, or correct the start date: an enquiry still open must have started this census year.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        const start = s.S47ActualStartDate;
        if (start !== null && s.DateOfInitialCPC === null && s.ICPCnotRequired !== true && !inCensusYear(context, start)) {
          report(at.s47(s, 'S47ActualStartDate'), [at.s47(s, 'DateOfInitialCPC'), at.s47(s, 'ICPCnotRequired')]);
        }
      }
    }
  },
  ['Section47'],
);
