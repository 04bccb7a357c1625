import { at, childRule, initialConferences, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** A referral with no further action has no assessment, section 47 enquiry or initial conference. */
export const rule: CinRule = childRule(
  {
    code: '8831',
    message: 'Activity is recorded against a case marked as a referral with no further action',
    severity: 'error',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate', 'S47ActualStartDate', 'DateOfInitialCPC'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'A referral with no further action has no assessments, enquiries or conferences: set ReferralNFA to 0 or remove the activity.',
  },
  (child, _context, report) => {
    for (const e of child.CINdetails) {
      if (e.ReferralNFA !== true) continue;
      const nfa = [at.episode(e, 'ReferralNFA')];
      for (const a of e.Assessments) {
        report(at.assessment(a, 'AssessmentActualStartDate'), nfa);
        if (a.AssessmentAuthorisationDate !== null) report(at.assessment(a, 'AssessmentAuthorisationDate'), nfa);
      }
      for (const s of e.Section47) report(at.s47(s, 'S47ActualStartDate'), nfa);
      for (const c of initialConferences(e)) report(c.cell, nfa);
    }
  },
);
