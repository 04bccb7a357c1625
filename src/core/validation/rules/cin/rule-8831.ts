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
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReferralNFA !== true) continue;
      const nfa = [at.episode(e, 'ReferralNFA')];
      for (let j = 0; j < e.Assessments.length; j++) {
        const a = e.Assessments[j]!;
        report(at.assessment(a, 'AssessmentActualStartDate'), nfa);
        if (a.AssessmentAuthorisationDate !== null) report(at.assessment(a, 'AssessmentAuthorisationDate'), nfa);
      }
      for (let j = 0; j < e.Section47.length; j++) { const s = e.Section47[j]!; report(at.s47(s, 'S47ActualStartDate'), nfa); }
      const conferences = initialConferences(e);
      for (let j = 0; j < conferences.length; j++) { const c = conferences[j]!; report(c.cell, nfa); }
    }
  },
);
