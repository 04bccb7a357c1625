import { overlaps } from '../../intervals.ts';
import { at, childRule, CIN_YEARS, countAcross, type CinRule } from './cin-rule.ts';

/** No assessment starts while another of the child's assessments is open (started and not yet completed); starting on the day the other was completed is fine. */
export const rule: CinRule = childRule(
  {
    code: '8863Q',
    message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
    severity: 'query',
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    tables: ['Assessments'],
    years: CIN_YEARS,
    howToFix: 'Correct the assessment dates, or complete the earlier assessment: an assessment is shown starting while another was still open.',
  },
  (child, _context, report) => {
    if (countAcross(child, 'Assessments') < 2) return;
    const spells = child.CINdetails.flatMap((e) => e.Assessments.map((a) => ({ item: a, start: a.AssessmentActualStartDate, end: a.AssessmentAuthorisationDate })));
    const pairs = overlaps(spells);
    for (let i = 0; i < pairs.length; i++) {
      const [earlier, later] = pairs[i]!;
      report(at.assessment(later, 'AssessmentActualStartDate'), [at.assessment(earlier, 'AssessmentActualStartDate'), at.assessment(earlier, 'AssessmentAuthorisationDate')]);
    }
  },
  ['Assessments'],
);
