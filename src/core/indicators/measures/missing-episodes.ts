import { SOURCES, type EventIndicator } from '../indicator.ts';

export const missingEpisodes: EventIndicator = {
  id: 'missing-episodes',
  title: 'Missing episodes of children looked after',
  kind: 'events',
  unit: 'count',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Missing episodes (903 missing table, MISSING = M) that started in the period. Absences without authorisation (A) are not counted.',
    source: SOURCES.lookedAfter,
    variant: 'Episodes, not children.',
  },
  instances: (child) => child.missing.filter((m) => m.kind === 'M').map((m) => ({ key: m.key, date: m.start, counted: true })),
};
