import { windowStart } from '../date-shift.ts';
import { careDuring, carerPlacements, lookedAfterOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const placements3OrMore: PeriodIndicator = {
  id: 'placements-3-or-more',
  title: 'Children looked after with 3 or more placements in the year',
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of children looked after on the last day of the period, the percentage with 3 or more placements in the 12 months to that day (the collection year when the day is 31 March), counting every period of care in those months. A placement is a stay with one carer: moves with the same carer (RNE T, U) and temporary placements (T0–T4) do not count as new placements. Short breaks (V3, V4) are left out.',
    source: SOURCES.stability,
    variant: "DfE one-year stability measure (formerly NI 62). Month figures are rolling 12 months to the month's end.",
  },
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period) => {
    const care = lookedAfterOn(child, period.end);
    if (!care) return NONE;
    const from = windowStart(period.end, 12);
    const placements = carerPlacements(careDuring(child, from, period.end), from, period.end);
    return [{ key: care.key, date: period.end, counted: placements.length >= 3, value: placements.length, need: care.need }];
  },
};
