import type { IsoDate } from '../model/dates.ts';
import type { ChildFacts, PeriodOfCareFact, PlacementFact } from './child-facts.ts';

/**
 * Questions about a child's care that several indicators and drift rules ask. "Looked after on a date"
 * follows the DfE: a period of care covers its start day and ends the day before it ceases (a child who
 * left care on 31 March is not looked after at 31 March), and periods made up only of short breaks
 * (V3/V4) are left out.
 */

export function openOn(start: IsoDate, end: IsoDate | null, on: IsoDate): boolean {
  return start <= on && (end === null || end > on);
}

/** The period of care (not short breaks) the child is in on the date, if any. */
export function lookedAfterOn(child: ChildFacts, on: IsoDate): PeriodOfCareFact | null {
  for (const p of child.periodsOfCare) if (!p.shortBreaks && openOn(p.start, p.end, on)) return p;
  return null;
}

/** Periods of care (not short breaks) that overlap the days from `from` to `to`. */
export function careDuring(child: ChildFacts, from: IsoDate, to: IsoDate): PeriodOfCareFact[] {
  return child.periodsOfCare.filter((p) => !p.shortBreaks && p.start <= to && (p.end === null || p.end > from));
}

/**
 * Placements with different carers in the days from `from` to `to`: the one current at `from` and every
 * move to a new carer after it. Moves with the same carer (RNE T, U) and temporary placements (T0–T4) are
 * not new placements, so a child who went to respite and back to the same foster carer has one.
 */
export function carerPlacements(periods: readonly PeriodOfCareFact[], from: IsoDate, to: IsoDate): PlacementFact[] {
  const counted = new Set<PlacementFact>();
  for (const period of periods) {
    let carer: PlacementFact | null = null;
    for (const p of period.placements) {
      if (p.start > to) break;
      if (p.newCarer || carer === null) carer = p;
      if (p.end === null || p.end > from) counted.add(carer);
    }
  }
  return [...counted];
}

/** When the child's current carer began caring for them: the latest move to a new carer on or before the date. */
export function withCarerSince(period: PeriodOfCareFact, on: IsoDate): PlacementFact | null {
  let since: PlacementFact | null = null;
  for (const p of period.placements) {
    if (p.start > on) break;
    if (p.newCarer || since === null) since = p;
  }
  return since;
}

/** Great-circle distance in miles. */
export function milesBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}
