import type { UnavailableIndicator } from '../indicator.ts';

export const careLeaversContact: UnavailableIndicator = {
  id: 'care-leavers-contact',
  title: 'Care leavers seen or contacted recently',
  kind: 'unavailable',
  unit: 'percent',
  polarity: 'higher-is-better',
  monthly: true,
  definition: {
    text: 'Of care leavers the council supports, the percentage whose latest contact with their personal adviser was within the council\'s expected interval (at least every 2 months by the guidance).',
    source: null,
    variant: 'Ofsted Annex A list 9 (Latest Date of Contact).',
  },
  reason: 'not available from CIN/903: needs Annex A list 9 (latest date of contact)',
};
