import { addMonths } from '../../model/dates.ts';
import { deadline, type DriftRule } from '../rule.ts';

export const pathwayPlanReviewOverdue: DriftRule = {
  id: 'pathway-plan-review-overdue',
  title: 'Pathway plan review overdue',
  timescale: { text: 'A pathway plan reviewed at least every 6 months', source: 'Care Planning, Placement and Case Review (England) Regulations 2010, regs 42–44 (timescales.md §1, row 13)' },
  status: 'statutory',
  severity: 'medium',
  needs: (records) => (records.pathwayPlanReviews ? null : 'needs pathway plan review dates (Annex A list 9 or the case system): the SSDA903 does not hold them'),
  items(child, context) {
    const { settings, records } = context;
    const latest = records.pathwayPlanReviews?.get(child.childId);
    if (latest === undefined) return [];
    const item = deadline(this, child, context, { key: `pathway-plan-review:${latest}`, what: `Pathway plan last reviewed ${latest}`, since: latest, due: addMonths(latest, settings.pathwayPlanReviewMonths), done: null });
    return item ? [item] : [];
  },
};
