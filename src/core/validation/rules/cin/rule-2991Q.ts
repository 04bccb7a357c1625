import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode with a section 47 enquiry has an assessment. */
export const rule: CinRule = childRule(
  {
    code: '2991Q',
    message: 'Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode',
    severity: 'query',
    fields: ['CINdetailsID'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Add the assessment for this episode, or explain why a section 47 enquiry took place without one.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.Section47.length > 0 && e.Assessments.length === 0) report(at.s47(e.Section47[0]!, 'S47ActualStartDate'));
    }
  },
);
