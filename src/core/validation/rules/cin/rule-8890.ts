import { overlaps } from '../../intervals.ts';
import { at, childRule, CIN_YEARS, countAcross, type CinRule } from './cin-rule.ts';

/** A section 47 enquiry does not start while another of the child's enquiries is under way: from its start to its initial conference. An enquiry ended with ICPCnotRequired has no end date we can compare, so it is taken to have ended when it started. */
export const rule: CinRule = childRule(
  {
    code: '8890',
    message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
    severity: 'error',
    fields: ['S47ActualStartDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Correct the section 47 dates: an enquiry cannot start while another is under way (record its conference date or that none was required).',
  },
  (child, _context, report) => {
    if (countAcross(child, 'Section47') < 2) return;
    const spells = child.CINdetails.flatMap((e) => e.Section47.map((s) => ({
      item: s,
      start: s.S47ActualStartDate,
      end: s.DateOfInitialCPC ?? (s.ICPCnotRequired === true ? s.S47ActualStartDate : null),
    })));
    const pairs = overlaps(spells);
    for (let i = 0; i < pairs.length; i++) { const [earlier, later] = pairs[i]!; report(at.s47(later, 'S47ActualStartDate'), [at.s47(earlier, 'S47ActualStartDate'), at.s47(earlier, 'DateOfInitialCPC')]); }
  },
);
