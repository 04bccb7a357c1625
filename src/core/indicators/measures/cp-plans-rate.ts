import { openOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const cpPlansRate: PeriodIndicator = {
  id: 'cp-plans-rate',
  title: 'Children on a child protection plan per 10,000 children',
  kind: 'periods',
  onLastDay: true,
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Children who were the subject of a child protection plan on the last day of the period (31 March for a year): CPPstartDate on or before it and no CPPendDate on or before it, per 10,000 children aged 0 to 17.',
    source: SOURCES.cpPlansD1,
    variant: "DfE D1 'at 31 March' rate, by children. Divisor: the council's own 0–17 population figure.",
  },
  concerns: (child) => child.cpPlans.length > 0,
  instances: (child, period) => {
    const plan = child.cpPlans.find((p) => openOn(p.start, p.end, period.end));
    return plan ? [{ key: plan.key, date: period.end, counted: true }] : NONE;
  },
};
