import { SOURCES, type EventIndicator } from '../indicator.ts';

export const ceasedLookedAfter: EventIndicator = {
  id: 'ceased-looked-after',
  title: 'Children ceasing to be looked after',
  kind: 'events',
  unit: 'count',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Periods of care that ended in the period (an episode ending with a reason other than X1), excluding periods made up only of short breaks (V3, V4).',
    source: SOURCES.lookedAfter,
    variant: 'Periods of care, not children.',
  },
  instances: (child) => child.periodsOfCare.flatMap((p) => (p.shortBreaks || p.end === null || p.endKey === null ? [] : [{ key: p.endKey, date: p.end, counted: true, need: p.need }])),
};
