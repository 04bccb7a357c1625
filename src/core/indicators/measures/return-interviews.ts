import type { UnavailableIndicator } from '../indicator.ts';

export const returnInterviews: UnavailableIndicator = {
  id: 'return-interviews',
  title: 'Missing episodes followed by a return interview',
  kind: 'unavailable',
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of children looked after who returned from a missing episode in the period, the percentage offered (and accepting) a return home interview.',
    source: null,
    variant: 'Ofsted Annex A list 8 records the offer and acceptance for the last missing episode only.',
  },
  reason: 'not available from CIN/903: needs Annex A list 8 (return interview offered / accepted)',
};
