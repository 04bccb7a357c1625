import { workingDaysBetween } from '../../calendar/working-days.ts';
import { SOURCES, type EventIndicator } from '../indicator.ts';

export const ICPC_WORKING_DAYS = 15;

export const icpc15WorkingDays: EventIndicator = {
  id: 'icpc-15-working-days',
  title: 'Initial child protection conferences within 15 working days of the strategy discussion',
  kind: 'events',
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of initial child protection conferences held in the period, the percentage held within 15 working days of the strategy discussion that started the section 47 enquiry (S47ActualStartDate to DateOfInitialCPC, England working days, the start day being day 0).',
    source: SOURCES.cinCensusReports,
    variant: 'COLLECT ICPC working-day summary (DfE query 8675Q); no national figure is held.',
  },
  instances: (child) => child.section47s.flatMap((s) => {
    if (s.icpc === null) return [];
    const days = workingDaysBetween(s.start, s.icpc);
    return [{ key: `initial-child-protection-conference:${s.icpc}`, date: s.icpc, counted: days <= ICPC_WORKING_DAYS, value: days }];
  }),
};
