import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** In a closed episode every section 47 enquiry has ended: with an initial conference or with ICPCnotRequired. */
export const rule: CinRule = childRule(
  {
    code: '8868',
    message: 'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
    severity: 'error',
    fields: ['ICPCnotRequired', 'CINclosureDate', 'DateOfInitialCPC'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the date of the initial conference, or that none was required, for the section 47 enquiry of this closed case.',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      if (e.CINclosureDate === null) continue;
      for (const s of e.Section47) {
        if (s.DateOfInitialCPC === null && s.ICPCnotRequired !== true) report(at.s47(s, 'DateOfInitialCPC'), [at.s47(s, 'ICPCnotRequired'), at.episode(e, 'CINclosureDate')]);
      }
    }
  },
);
