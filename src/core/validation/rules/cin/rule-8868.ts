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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINclosureDate === null) continue;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        if (s.DateOfInitialCPC === null && s.ICPCnotRequired !== true) report(at.s47(s, 'DateOfInitialCPC'), [at.s47(s, 'ICPCnotRequired'), at.episode(e, 'CINclosureDate')]);
      }
    }
  },
);
