import { ageOn } from '../../model/dates.ts';
import { monthsBefore } from '../date-shift.ts';
import { lookedAfterOn, withCarerSince } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const longTermStability: PeriodIndicator = {
  id: 'long-term-stability',
  title: 'Children looked after 2.5 years or more living with the same carer for 2 years',
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of children aged under 16 on the last day of the period who had been looked after continuously for at least 2.5 years, the percentage who had been living with the same carer for at least 2 years. A move with the same carer (RNE T, U), including being placed for adoption with the current foster carers, does not restart the 2 years; a temporary placement (T0–T4) does not either.',
    source: SOURCES.stability,
    variant: 'DfE long-term stability measure (formerly NI 63).',
  },
  concerns: (child) => child.periodsOfCare.length > 0 && child.birth !== null,
  instances: (child, period) => {
    const care = lookedAfterOn(child, period.end);
    if (!care || child.birth === null || ageOn(child.birth, period.end) >= 16 || care.start > monthsBefore(period.end, 30)) return NONE;
    const carer = withCarerSince(care, period.end);
    return [{ key: care.key, date: period.end, counted: carer !== null && carer.start <= monthsBefore(period.end, 24), need: care.need }];
  },
};
