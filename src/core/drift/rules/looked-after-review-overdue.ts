import { addWorkingDays } from '../../calendar/working-days.ts';
import { addMonths } from '../../model/dates.ts';
import { lookedAfterOn } from '../../indicators/care.ts';
import { reviewDeadlines } from '../review-chain.ts';
import { deadline, type DriftItem, type DriftRule } from '../rule.ts';

export const lookedAfterReviewOverdue: DriftRule = {
  id: 'looked-after-review-overdue',
  title: 'Looked-after review overdue',
  timescale: { text: 'First review within 20 working days of the child becoming looked after, the second within 3 months of the first, then at intervals of no more than 6 months', source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33 (timescales.md §1, row 9)' },
  status: 'statutory',
  severity: 'high',
  items(child, context) {
    const { at, settings } = context;
    const care = lookedAfterOn(child, at);
    if (!care) return [];
    const items: DriftItem[] = [];
    const next = (since: string, i: number) => (i === 0 ? addWorkingDays(since, settings.laFirstReviewWorkingDays) : addMonths(since, i === 1 ? settings.laSecondReviewMonths : settings.laReviewMonths));
    for (const d of reviewDeadlines(care.start, care.reviews, at, next)) {
      const item = deadline(this, child, context, {
        key: `${care.key}/review-after:${d.since}`,
        what: d.done ? `Looked-after review held late, on ${d.done}` : `Looked-after review due ${d.due} not held`,
        since: d.since,
        due: d.due,
        done: d.done,
        facts: [{ date: care.start, what: 'started to be looked after', key: care.key }, ...(d.since !== care.start ? [{ date: d.since, what: 'last looked-after review', key: `looked-after-review:${d.since}` }] : [])],
      });
      if (item) items.push(item);
    }
    return items;
  },
};
