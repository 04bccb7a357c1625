import { SOURCES, type EventIndicator } from '../indicator.ts';

export const section47Rate: EventIndicator = {
  id: 'section-47-rate',
  title: 'Section 47 enquiries per 10,000 children',
  kind: 'events',
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Section 47 enquiries started in the period (S47ActualStartDate), per 10,000 children aged 0 to 17.',
    source: SOURCES.cinStatistics,
    variant: "Enquiries, not children: a child with two enquiries counts twice, as in the DfE's table. Divisor: the council's own 0–17 population figure.",
  },
  instances: (child) => child.section47s.map((s) => ({ key: s.key, date: s.start, counted: true })),
};
