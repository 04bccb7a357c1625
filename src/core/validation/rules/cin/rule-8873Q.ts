import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** An episode whose only assessment was completed with factor 21 (no factors identified) closes with RC8 or RC9. We check only episodes that have a reason for closure: an open one may still be closed that way. */
export const rule: CinRule = childRule(
  {
    code: '8873Q',
    message: 'Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or \'RC9\' should be used.',
    severity: 'query',
    fields: ['ReasonForClosure', 'AssessmentFactors'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Use reason for closure RC8 or RC9 for a case closed after one assessment that found no factors, or check the factors.',
  },
  (child, _context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.Assessments.length !== 1 || e.ReasonForClosure === null || e.ReasonForClosure === 'RC8' || e.ReasonForClosure === 'RC9') continue;
      const a = e.Assessments[0]!;
      if (a.AssessmentAuthorisationDate !== null && a.AssessmentFactors?.includes('21')) report(at.episode(e, 'ReasonForClosure'), [at.factor(a, '21')]);
    }
  },
  ['Assessments'],
);
