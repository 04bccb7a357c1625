import type { UnavailableIndicator } from '../indicator.ts';

export const contactsRate: UnavailableIndicator = {
  id: 'contacts-rate',
  title: 'Contacts per 10,000 children',
  kind: 'unavailable',
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: "Contacts to children's social care (requests for help that may or may not become referrals) in the period, per 10,000 children aged 0 to 17.",
    source: null,
    variant: 'Ofsted Annex A list 1 (Date of Contact).',
  },
  reason: 'not available from CIN/903: needs Annex A list 1 (contacts)',
};
