import { addWorkingDays } from '../../calendar/working-days.ts';
import { deadline, type DriftRule } from '../rule.ts';

export const assessmentOverdue: DriftRule = {
  id: 'assessment-overdue',
  title: 'Assessment past 45 working days',
  timescale: { text: 'An assessment authorised within 45 working days of its start (AssessmentActualStartDate; the guidance counts from the referral, the DfE measure from the start)', source: 'Working Together to Safeguard Children 2023; DfE query 8670Q (timescales.md §1, row 2)' },
  status: 'statutory',
  severity: 'high',
  items(child, context) {
    const { at, settings } = context;
    return child.assessments.flatMap((a) => {
      if (a.start > at) return [];
      const referral = child.referrals.find((r) => r.date === a.referral);
      // An assessment left unauthorised when the case closed is not still running.
      if (a.authorised === null && referral?.closed != null && referral.closed <= at) return [];
      const item = deadline(this, child, context, {
        key: `assessment-started:${a.start}`,
        what: a.authorised !== null && a.authorised <= at ? `Assessment started ${a.start} was authorised late, on ${a.authorised}` : `Assessment started ${a.start} is not yet authorised`,
        since: a.start,
        due: addWorkingDays(a.start, settings.assessmentWorkingDays),
        done: a.authorised,
        facts: [{ date: a.start, what: 'assessment started', key: `assessment-started:${a.start}` }],
      });
      return item ? [item] : [];
    });
  },
};
