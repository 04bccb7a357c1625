import { addWorkingDays } from '../../calendar/working-days.ts';
import { deadline, type DriftRule } from '../rule.ts';

export const icpcOverdue: DriftRule = {
  id: 'icpc-overdue',
  title: 'Initial child protection conference past 15 working days',
  timescale: { text: 'The initial child protection conference within 15 working days of the strategy discussion that started the section 47 enquiry', source: 'Working Together to Safeguard Children 2023; DfE query 8675Q (timescales.md §1, row 4)' },
  status: 'statutory',
  severity: 'high',
  items(child, context) {
    const { at, settings } = context;
    return child.section47s.flatMap((s) => {
      if (s.start > at || s.notRequired) return [];
      const referral = child.referrals.find((r) => r.date === s.referral);
      if (s.icpc === null && referral?.closed != null && referral.closed <= at) return [];
      const item = deadline(this, child, context, {
        key: s.key,
        what: s.icpc !== null && s.icpc <= at ? `Section 47 enquiry of ${s.start}: conference held late, on ${s.icpc}` : `Section 47 enquiry of ${s.start}: no initial conference yet, and none recorded as not required`,
        since: s.start,
        due: addWorkingDays(s.start, settings.icpcWorkingDays),
        done: s.icpc,
        facts: [{ date: s.start, what: 'strategy discussion / section 47 enquiry started', key: s.key }],
      });
      return item ? [item] : [];
    });
  },
};
