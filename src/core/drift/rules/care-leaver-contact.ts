import { addMonths } from '../../model/dates.ts';
import { concern, deadline, type DriftRule } from '../rule.ts';

export const careLeaverContact: DriftRule = {
  id: 'care-leaver-contact',
  title: 'Care leaver with no recent contact',
  timescale: { text: 'Personal adviser contact at least every 2 months; without contact dates, a care leaver the latest return records as not in touch', source: 'Care Leavers (England) Regulations 2010 and statutory guidance (timescales.md §1, row 13)' },
  status: 'statutory',
  severity: 'medium',
  items(child, context) {
    const { at, settings, records } = context;
    const latest = records.careLeaverContacts?.get(child.childId);
    if (latest !== undefined) {
      const item = deadline(this, child, context, { key: 'care-leaver', what: `No contact recorded since ${latest}`, since: latest, due: addMonths(latest, settings.careLeaverContactMonths), done: null });
      return item ? [item] : [];
    }
    const information = child.careLeaver.filter((r) => r.date <= at && r.date > addMonths(at, -12)).at(-1);
    if (!information || information.inTouch !== 'NO') return [];
    return [concern(this, child, at, { key: information.key, what: `Not in touch at the ${information.date} return`, since: information.date, arose: information.date, facts: [{ date: information.date, what: 'IN_TOUCH = NO', key: information.key }] })];
  },
};
