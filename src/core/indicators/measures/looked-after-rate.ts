import { lookedAfterOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const lookedAfterRate: PeriodIndicator = {
  id: 'looked-after-rate',
  title: 'Children looked after per 10,000 children',
  kind: 'periods',
  onLastDay: true,
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Children looked after on the last day of the period (31 March for a year), per 10,000 children aged 0 to 17. Children looked after only under an agreed series of short breaks (legal status V3, V4) are left out.',
    source: SOURCES.lookedAfter,
    variant: "DfE 'looked after at 31 March' rate. Divisor: the council's own 0–17 population figure.",
  },
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period) => {
    const care = lookedAfterOn(child, period.end);
    return care ? [{ key: care.key, date: period.end, counted: true, need: care.need }] : NONE;
  },
};
