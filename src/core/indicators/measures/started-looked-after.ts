import { SOURCES, type EventIndicator } from '../indicator.ts';

export const startedLookedAfter: EventIndicator = {
  id: 'started-looked-after',
  title: 'Children starting to be looked after',
  kind: 'events',
  unit: 'count',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Periods of care that started in the period (the first episode of each period, RNE S), excluding periods made up only of short breaks (V3, V4).',
    source: SOURCES.lookedAfter,
    variant: 'Periods of care, not children: a child who starts twice in the period counts twice.',
  },
  instances: (child) => child.periodsOfCare.filter((p) => !p.shortBreaks).map((p) => ({ key: p.key, date: p.start, counted: true, need: p.need })),
};
