import { careLeaverIndicator } from '../care-leaver-cohort.ts';

export const careLeaversEet = careLeaverIndicator({
  id: 'care-leavers-eet',
  title: 'Care leavers aged 19 to 21 in education, employment or training',
  what: 'in education, employment or training (ACTIV F1–F5 or P1–P5)',
  variant: 'DfE care leavers activity table, with "not in touch" and "no information" in the denominator.',
  counted: (r) => /^[FP][1-5]$/.test(r.activity ?? ''),
});
