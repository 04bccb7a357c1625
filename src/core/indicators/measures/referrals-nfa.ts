import { SOURCES, type EventIndicator } from '../indicator.ts';

export const referralsNfa: EventIndicator = {
  id: 'referrals-nfa',
  title: 'Referrals leading to no further action',
  kind: 'events',
  unit: 'percent',
  polarity: 'context',
  monthly: true,
  definition: {
    text: 'Of referrals in the period, the percentage the council recorded as leading to no further action (CIN census ReferralNFA = 1).',
    source: SOURCES.cinStatistics,
    variant: 'ReferralNFA as the council returns it; referrals with no ReferralNFA recorded are in the denominator and not the numerator.',
  },
  instances: (child) => child.referrals.map((r) => ({ key: r.key, date: r.date, counted: r.nfa === true, need: r.need })),
};
