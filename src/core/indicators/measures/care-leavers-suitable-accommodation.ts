import { careLeaverIndicator } from '../care-leaver-cohort.ts';

export const careLeaversSuitableAccommodation = careLeaverIndicator({
  id: 'care-leavers-suitable-accommodation',
  title: 'Care leavers aged 19 to 21 in suitable accommodation',
  what: 'in accommodation the council judged suitable (ACCOM ending in 1)',
  variant: 'DfE care leavers accommodation table, with "no information" (ACCOM 0) in the denominator.',
  counted: (r) => /^[A-Z]1$/.test(r.accommodation ?? ''),
});
