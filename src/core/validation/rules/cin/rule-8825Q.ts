import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode closed after assessment (RC8, RC9) has an assessment. */
export const rule: CinRule = childRule(
  {
    code: '8825Q',
    message: 'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.',
    severity: 'query',
    fields: ['ReasonForClosure'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Add the assessment this case was closed after, or use another reason for closure.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if ((e.ReasonForClosure === 'RC8' || e.ReasonForClosure === 'RC9') && e.Assessments.length === 0) report(at.episode(e, 'ReasonForClosure'));
    }
  },
);
