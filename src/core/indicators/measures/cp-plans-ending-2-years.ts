import { addMonths } from '../../model/dates.ts';
import { SOURCES, type EventIndicator } from '../indicator.ts';

export const cpPlansEnding2Years: EventIndicator = {
  id: 'cp-plans-ending-2-years',
  title: 'Child protection plans ending that had lasted 2 years or more',
  kind: 'events',
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of child protection plans that ended in the period, the percentage that had lasted 2 years or more: CPPendDate on or after the same calendar date two years after CPPstartDate (a plan from 29 February 2020 reaches 2 years on 28 February 2022).',
    source: SOURCES.cpPlansD7,
    variant: 'DfE table D7 (plans ending in the year); the stock variant (open plans that started 2+ years ago) is the drift rule cp-plan-2-years.',
  },
  instances: (child) => child.cpPlans.flatMap((p) => (p.end === null ? [] : [{ key: `child-protection-plan-ended:${p.start}`, date: p.end, counted: p.end >= addMonths(p.start, 24) }])),
};
