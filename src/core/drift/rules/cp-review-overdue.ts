import { addMonths } from '../../model/dates.ts';
import { openOn } from '../../indicators/care.ts';
import { reviewDeadlines } from '../review-chain.ts';
import { deadline, type DriftItem, type DriftRule } from '../rule.ts';

export const cpReviewOverdue: DriftRule = {
  id: 'cp-review-overdue',
  title: 'Child protection review conference overdue',
  timescale: { text: 'First review conference within 3 months of the plan starting, then at intervals of no more than 6 months', source: 'Working Together to Safeguard Children 2023 (timescales.md §1, row 6)' },
  status: 'statutory',
  severity: 'high',
  items(child, context) {
    const { at, settings } = context;
    const items: DriftItem[] = [];
    for (const plan of child.cpPlans) {
      if (plan.start > at) continue;
      const open = openOn(plan.start, plan.end, at);
      for (const d of reviewDeadlines(plan.start, plan.reviews, at, (since, i) => addMonths(since, i === 0 ? settings.cpFirstReviewMonths : settings.cpReviewMonths))) {
        // Once the plan has ended, a review still to come is not overdue.
        if (d.done === null && !open) continue;
        const item = deadline(this, child, context, {
          key: `${plan.key}/review-after:${d.since}`,
          what: d.done ? `CP plan of ${plan.start}: review held late, on ${d.done}` : `CP plan of ${plan.start}: review due ${d.due} not held`,
          since: d.since,
          due: d.due,
          done: d.done,
          facts: [{ date: plan.start, what: 'child protection plan started', key: plan.key }, ...(d.since !== plan.start ? [{ date: d.since, what: 'last review conference', key: `child-protection-review:${d.since}` }] : [])],
        });
        if (item) items.push(item);
      }
    }
    return items;
  },
};
