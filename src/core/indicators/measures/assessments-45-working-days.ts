import { workingDaysBetween } from '../../calendar/working-days.ts';
import { SOURCES, type EventIndicator } from '../indicator.ts';

export const WITHIN_WORKING_DAYS = 45;

export const assessments45WorkingDays: EventIndicator = {
  id: 'assessments-45-working-days',
  title: 'Assessments completed within 45 working days',
  kind: 'events',
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of assessments authorised in the period, the percentage whose duration (working days from AssessmentActualStartDate to AssessmentAuthorisationDate, on the England calendar: the start day is day 0) was 45 working days or fewer.',
    source: SOURCES.assessmentsC2,
    variant: 'DfE table C2 duration (from the assessment start, not from the referral); the DfE duration bands are given with it.',
  },
  bands: [
    { label: 'Same day', min: 0, max: 0 },
    { label: '1-10 days', min: 1, max: 10 },
    { label: '11-20 days', min: 11, max: 20 },
    { label: '21-30 days', min: 21, max: 30 },
    { label: '31-40 days', min: 31, max: 40 },
    { label: '41-45 days', min: 41, max: 45 },
    { label: '46-50 days', min: 46, max: 50 },
    { label: '51-60 days', min: 51, max: 60 },
    { label: '61+ days', min: 61, max: Number.POSITIVE_INFINITY },
  ],
  instances: (child) => child.assessments.flatMap((a) => {
    if (a.authorised === null) return [];
    const days = workingDaysBetween(a.start, a.authorised);
    return [{ key: `assessment-authorised:${a.start}`, date: a.authorised, counted: days <= WITHIN_WORKING_DAYS, value: days }];
  }),
};
