import { SOURCES, type EventIndicator } from '../indicator.ts';

export const cpPlansSecondTime: EventIndicator = {
  id: 'cp-plans-second-time',
  title: 'Child protection plans for a second or subsequent time',
  kind: 'events',
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of child protection plans starting in the period, the percentage for children who had been the subject of a plan of this council before, however long ago: NumberOfPreviousCPP of 1 or more, or an earlier plan in the returns held. Low is generally good, but near zero may mean plans are under-used.',
    source: SOURCES.secondPlanLgInform,
    variant: "DfE table D3 (formerly NI 65), counted from the council's NumberOfPreviousCPP and cross-checked against the child's own plan history; not the 'within 2 years of the previous plan' local variant.",
  },
  instances: (child) => child.cpPlans.map((p, i) => ({ key: p.key, date: p.start, counted: (p.previousPlans ?? 0) >= 1 || i > 0 })),
};
