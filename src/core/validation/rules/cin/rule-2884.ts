import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** The same initial child protection conference (the same date) is not recorded at both CINdetails and Section47 level. */
export const rule: CinRule = childRule(
  {
    code: '2884',
    message: 'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
    severity: 'error',
    fields: ['DateOfInitialCPC'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Record the initial conference once: on the section 47 enquiry it followed, or at CIN details level when there was no enquiry in this episode.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      for (let j = 0; j < e.Section47.length; j++) {
        const s = e.Section47[j]!;
        if (e.DateOfInitialCPC !== null && s.DateOfInitialCPC === e.DateOfInitialCPC) report(at.s47(s, 'DateOfInitialCPC'), [at.episode(e, 'DateOfInitialCPC')]);
      }
    }
  },
  ['Section47'],
);
