import { SOURCES, type EventIndicator } from '../indicator.ts';

export const referralsRate: EventIndicator = {
  id: 'referrals-rate',
  title: 'Referrals per 10,000 children',
  kind: 'events',
  unit: 'rate-per-10000',
  polarity: 'context',
  monthly: true,
  definition: {
    text: "Referrals to children's social care (CIN census CINreferralDate) in the period, per 10,000 children aged 0 to 17 in the council's population. Every referral counts, a child's second referral in the period too.",
    source: SOURCES.cinStatistics,
    variant: "DfE rate of referrals. The divisor is the 0–17 population the council enters with its source (the DfE uses ONS mid-year estimates).",
  },
  instances: (child) => child.referrals.map((r) => ({ key: r.key, date: r.date, counted: true, need: r.need })),
};
