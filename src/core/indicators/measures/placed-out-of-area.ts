import { lookedAfterOn, openOn } from '../care.ts';
import { NONE, SOURCES, type PeriodIndicator } from '../indicator.ts';

export const placedOutOfArea: PeriodIndicator = {
  id: 'placed-out-of-area',
  title: "Children looked after placed outside the council's area",
  kind: 'periods',
  onLastDay: true,
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  definition: {
    text: "Of children looked after on the last day of the period whose placement postcode (903 PL_POST) the postcode lookup can place in a council area, the percentage placed outside this council's area.",
    source: SOURCES.lookedAfter,
    variant: 'From postcodes, as the 903 CSVs carry no placement LA; children whose placement postcode is missing or not found are left out of both counts.',
  },
  needs: (context) => (context.postcodes ? null : 'needs a postcode lookup that names the council area of each placement postcode (the SSDA903 CSVs carry no placement LA)'),
  concerns: (child) => child.periodsOfCare.length > 0,
  instances: (child, period, context) => {
    const care = lookedAfterOn(child, period.end);
    const placement = care?.placements.find((p) => openOn(p.start, p.end, period.end));
    const where = placement?.postcode ? context.postcodes?.locate(placement.postcode) : null;
    if (!care || !where?.la) return NONE;
    return [{ key: care.key, date: period.end, counted: where.la !== child.la, need: care.need }];
  },
};
