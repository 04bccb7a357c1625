import { addMonths, type IsoDate } from '../../model/dates.ts';
import { openOn } from '../care.ts';
import { monthsBefore } from '../date-shift.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

/**
 * Whether every review of a plan up to a date was on time: the first within 3 months of the plan's start,
 * each later one within 6 months of the one before, and the next not overdue on the date.
 */
export function reviewsOnTime(start: IsoDate, reviews: readonly IsoDate[], on: IsoDate, firstMonths = 3, laterMonths = 6): boolean {
  let due = addMonths(start, firstMonths);
  for (const review of reviews) {
    if (review > on) break;
    if (review > due) return false;
    due = addMonths(review, laterMonths);
  }
  return on <= due;
}

export const cpReviewsOnTime: PeriodIndicator = {
  id: 'cp-reviews-on-time',
  title: 'Child protection plans reviewed within timescales',
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of children on a child protection plan on the last day of the period who had been on it for at least 3 months, the percentage whose plan had every review on time: the first review conference within 3 months of CPPstartDate, each later one within 6 months of the previous, and none overdue on the day.',
    source: SOURCES.cinCensusReports,
    variant: "COLLECT 'CPPs reviewed within timescales'; timescales counted from the plan's start date (the ICPC date for most plans).",
  },
  concerns: (child) => child.cpPlans.length > 0,
  instances: (child, period) => {
    const plan = child.cpPlans.find((p) => openOn(p.start, p.end, period.end));
    if (!plan || plan.start > monthsBefore(period.end, 3)) return NONE;
    return [{ key: plan.key, date: period.end, counted: reviewsOnTime(plan.start, plan.reviews, period.end) }];
  },
};
