import { monthsBefore, windowStart } from '../date-shift.ts';
import { carerPlacements, lookedAfterOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const placements3OrMore2Years: PeriodIndicator = {
  id: 'placements-3-or-more-2-years',
  title: 'Children looked after for 2 years or more with 3 or more placements in those 2 years',
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of children looked after on the last day of the period whose current period of care began at least 2 years before, the percentage with 3 or more placements (stays with different carers, as in the one-year measure) in the 2 years to that day.',
    source: SOURCES.stability,
    variant: "DfE's two-year stability measure (the one England publishes for 2024: 23%). Month figures are the measure on each month's last day.",
  },
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period) => {
    const care = lookedAfterOn(child, period.end);
    const twoYearsBefore = monthsBefore(period.end, 24);
    if (!care || care.start > twoYearsBefore) return NONE;
    const placements = carerPlacements([care], windowStart(period.end, 24), period.end);
    return [{ key: care.key, date: period.end, counted: placements.length >= 3, value: placements.length, need: care.need }];
  },
};
