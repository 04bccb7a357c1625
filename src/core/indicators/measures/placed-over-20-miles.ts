import { lookedAfterOn, milesBetween, openOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const MILES = 20;

export const placedOver20Miles: PeriodIndicator = {
  id: 'placed-over-20-miles',
  title: 'Children looked after placed more than 20 miles from home',
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: 'Of children looked after on the last day of the period whose home postcode (HOME_POST) and placement postcode (PL_POST) can both be placed, the percentage whose placement is more than 20 miles from home in a straight line.',
    source: SOURCES.lookedAfter,
    variant: 'Straight-line distance between postcode centroids; children with a missing or unknown postcode are left out of both counts.',
  },
  needs: (context) => (context.postcodes ? null : 'needs a postcode lookup to measure distances between home and placement postcodes'),
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period, context) => {
    const care = lookedAfterOn(child, period.end);
    const placement = care?.placements.find((p) => openOn(p.start, p.end, period.end));
    const home = care?.homePostcode ? context.postcodes?.locate(care.homePostcode) : null;
    const placed = placement?.postcode ? context.postcodes?.locate(placement.postcode) : null;
    if (!care || !home || !placed) return NONE;
    const miles = milesBetween(home, placed);
    return [{ key: care.key, date: period.end, counted: miles > MILES, value: Math.round(miles * 10) / 10, need: care.need }];
  },
};
