import { addWorkingDays } from '../../calendar/working-days.ts';
import { deadline, type DriftRule } from '../rule.ts';

export const referralDecision: DriftRule = {
  id: 'referral-decision',
  title: 'Referral with no recorded decision',
  timescale: { text: 'A decision on the response to a referral within 1 working day (shown when, on the date, the referral is open with nothing started since it (assessment, section 47 enquiry, plan or care) and no "no further action")', source: 'Working Together to Safeguard Children 2023 (timescales.md §1, row 1)' },
  status: 'statutory',
  severity: 'medium',
  items(child, context) {
    const { at, settings } = context;
    return child.referrals.flatMap((r) => {
      // A referral made before the earliest return may have had its assessment in a year not held.
      if (r.date > at || r.nfa === true || (r.closed !== null && r.closed <= at) || child.dataFrom === null || r.date < child.dataFrom) return [];
      const next = child.referrals.find((x) => x.date > r.date)?.date ?? '9999-12-31';
      const acted = [...child.assessments, ...child.section47s, ...child.cinPlans, ...child.cpPlans, ...child.periodsOfCare].some((a) => a.start >= r.date && a.start < next && a.start <= at);
      if (acted) return [];
      const item = deadline(this, child, context, {
        key: r.key,
        what: `Referral of ${r.date}: no assessment, section 47 enquiry or decision of no further action recorded`,
        since: r.date,
        due: addWorkingDays(r.date, settings.referralDecisionWorkingDays),
        done: null,
        facts: [{ date: r.date, what: `referral${r.source ? ` (source ${r.source})` : ''}`, key: r.key }],
      });
      return item ? [item] : [];
    });
  },
};
