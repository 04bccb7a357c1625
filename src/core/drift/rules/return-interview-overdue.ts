import { addDays } from '../../model/dates.ts';
import { deadline, type DriftItem, type DriftRule } from '../rule.ts';

export const returnInterviewOverdue: DriftRule = {
  id: 'return-interview-overdue',
  title: 'Missing episode with no return interview within 72 hours',
  timescale: { text: 'A return home interview offered within 72 hours of the child returning (3 days on dates)', source: 'DfE, Children who run away or go missing from home or care, 2014 (timescales.md §1, row 11)' },
  status: 'statutory',
  severity: 'high',
  needs: (records) => (records.returnInterviews ? null : 'needs return interview dates (Annex A list 8 or the case system): the SSDA903 does not hold them'),
  items(child, context) {
    const { at, settings, records } = context;
    const interviews = records.returnInterviews?.get(child.childId) ?? [];
    const items: DriftItem[] = [];
    child.missing.forEach((m, i) => {
      if (m.end === null || m.end > at) return;
      const nextStart = child.missing[i + 1]?.start ?? '9999-12-31';
      const held = interviews.find((d) => d >= m.end! && d < nextStart) ?? null;
      const item = deadline(this, child, context, {
        key: m.key,
        what: held ? `Return interview after the ${m.start} episode held late, on ${held}` : `No return interview recorded after the child returned on ${m.end}`,
        since: m.end,
        due: addDays(m.end, settings.returnInterviewDays),
        done: held,
        facts: [{ date: m.start, what: m.kind === 'A' ? 'away from placement without authorisation' : 'missing from placement', key: m.key }],
      });
      if (item) items.push(item);
    });
    return items;
  },
};
