import { careDuring } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const missingFromCare: PeriodIndicator = {
  id: 'missing-from-care',
  title: 'Children looked after who went missing',
  kind: 'periods',
  onLastDay: false,
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of children looked after at any time in the period (short breaks left out), the percentage with at least one missing episode (903 MISSING = M) starting in the period. Absences without authorisation (A) are not counted here.',
    source: SOURCES.lookedAfter,
    variant: "DfE 'missing from care' measure, by children not episodes.",
  },
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period) => {
    const care = careDuring(child, period.start, period.end).at(-1);
    if (!care) return NONE;
    const episode = child.missing.find((m) => m.kind === 'M' && m.start >= period.start && m.start <= period.end);
    return [{ key: episode?.key ?? care.key, date: period.end, counted: episode !== undefined, need: care.need }];
  },
};
