import { daysBetween } from '../../model/dates.ts';
import { withCarerSince } from '../care.ts';
import type { EventIndicator } from '../indicator.ts';

const ADOPTED = new Set(['E11', 'E12']);
const PLACED_FOR_ADOPTION = /^A[3-6]$/;

export const adoptionTimeliness: EventIndicator = {
  id: 'adoption-timeliness',
  title: 'Days from entering care to moving in with the adoptive family',
  kind: 'events',
  unit: 'days',
  statistic: 'mean',
  polarity: 'lower-is-better',
  monthly: false,
  definition: {
    text: 'For children adopted in the period (period of care ending E11 or E12), the average number of days from the start of that period of care to moving in with the family who adopted them: the first placement for adoption (A3–A6), or, when the child was adopted by their foster carers (same carer, RNE T or U), the day they moved in with those carers.',
    source: null,
    variant: "Sightline's measure in the manner of the adoption scorecard's first indicator (mean days, one year, not the scorecard's three-year average); no published definition was checked.",
  },
  instances: (child) => child.periodsOfCare.flatMap((p) => {
    if (p.end === null || p.endKey === null || !ADOPTED.has(p.reason ?? '')) return [];
    const adoptive = p.placements.find((pl) => PLACED_FOR_ADOPTION.test(pl.place ?? ''));
    if (!adoptive) return [];
    const movedIn = withCarerSince(p, adoptive.start)?.start ?? adoptive.start;
    return [{ key: p.endKey, date: p.end, counted: true, value: daysBetween(p.start, movedIn) }];
  }),
};
