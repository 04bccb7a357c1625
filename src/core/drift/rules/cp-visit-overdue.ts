import { addWorkingDays } from '../../calendar/working-days.ts';
import { openOn } from '../../indicators/care.ts';
import { deadline, type DriftRule } from '../rule.ts';

export const cpVisitOverdue: DriftRule = {
  id: 'cp-visit-overdue',
  title: 'Child on a CP plan not visited within the local timescale',
  timescale: { text: 'A statutory visit at least every N working days while on a plan (no national minimum: the council sets N; 10 is common)', source: 'Local procedures, e.g. Camden, Liverpool, Central Bedfordshire (timescales.md §1, row 7)' },
  status: 'local',
  severity: 'high',
  needs: (records) => (records.cpVisits ? null : 'needs statutory visit dates (Annex A list 7 or the case system): the CIN census does not hold them'),
  items(child, context) {
    const { at, settings, records } = context;
    const plan = child.cpPlans.find((p) => openOn(p.start, p.end, at));
    if (!plan) return [];
    const visit = records.cpVisits?.get(child.childId);
    const since = visit !== undefined && visit >= plan.start ? visit : plan.start;
    const item = deadline(this, child, context, { key: `${plan.key}/visit-after:${since}`, what: `No visit recorded since ${since}`, since, due: addWorkingDays(since, settings.cpVisitWorkingDays), done: null });
    return item ? [item] : [];
  },
};
