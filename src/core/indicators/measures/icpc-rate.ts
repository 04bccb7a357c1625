import { SOURCES, type EventIndicator } from '../indicator.ts';

export const icpcRate: EventIndicator = {
  id: 'icpc-rate',
  title: 'Initial child protection conferences per 10,000 children',
  kind: 'events',
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Initial child protection conferences held in the period (DateOfInitialCPC of a section 47 enquiry), per 10,000 children aged 0 to 17.',
    source: SOURCES.cinStatistics,
    variant: "Conferences, not children. Divisor: the council's own 0–17 population figure.",
  },
  instances: (child) => child.section47s.flatMap((s) => (s.icpc === null ? [] : [{ key: `initial-child-protection-conference:${s.icpc}`, date: s.icpc, counted: true }])),
};
