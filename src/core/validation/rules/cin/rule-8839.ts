import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode has at most one open section 47 enquiry: one without an initial conference or a "not required" flag. */
export const rule: CinRule = childRule(
  {
    code: '8839',
    message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
    severity: 'error',
    fields: ['DateOfInitialCPC'],
    tables: ['Section47'],
    years: CIN_YEARS,
    howToFix: 'Record the initial conference (or that none was required) for the earlier enquiry: an episode can have only one section 47 enquiry open.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      const open = e.Section47.filter((s) => s.DateOfInitialCPC === null && s.ICPCnotRequired !== true);
      if (open.length > 1) for (let j = 0; j < open.length; j++) { const s = open[j]!; report(at.s47(s, 'DateOfInitialCPC')); }
    }
  },
  ['Section47'],
);
