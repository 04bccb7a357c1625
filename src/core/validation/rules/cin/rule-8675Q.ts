import { at, workingDaysSince, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A section 47 enquiry with no initial conference and no "not required" flag started no more than 15 working days before the end of the census period. */
export const rule: CinRule = childRule(
  {
    code: '8675Q',
    message: 'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
    severity: 'query',
    fields: ['DateOfInitialCPC', 'S47ActualStartDate', 'ICPCnotRequired'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Record the date of the initial conference, or that none was required, or explain why the enquiry has gone more than 15 working days without one.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        const start = s.S47ActualStartDate;
        if (start !== null && s.DateOfInitialCPC === null && s.ICPCnotRequired !== true && workingDaysSince(start, context.referenceDate) > 15) {
          report(at.s47(s, 'DateOfInitialCPC'), [at.s47(s, 'S47ActualStartDate'), at.s47(s, 'ICPCnotRequired')]);
        }
      }
    }
  },
  ['Section47'],
);
