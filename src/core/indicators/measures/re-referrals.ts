import { addMonths } from '../../model/dates.ts';
import { SOURCES, type EventIndicator } from '../indicator.ts';

export const reReferrals: EventIndicator = {
  id: 're-referrals',
  title: 'Re-referrals within 12 months',
  kind: 'events',
  unit: 'percent',
  polarity: 'lower-is-better',
  monthly: true,
  lookbackMonths: 12,
  definition: {
    text: 'Of referrals in the period, the percentage that came within 12 months of a previous referral of the same child to this council: the previous CINreferralDate is before this one and on or after the same calendar date 12 months earlier (a referral on 10 May 2025 after one on 10 May 2024 counts; 12 months before 29 February 2024 is 28 February 2023).',
    source: SOURCES.reReferrals,
    variant: "DfE's longitudinal method, within one council, from the child's own referral history across every census held (not the Annex A count).",
  },
  instances: (child) => child.referrals.map((r, i) => {
    const yearBefore = addMonths(r.date, -12);
    const previous = i > 0 ? child.referrals[i - 1]! : null;
    return { key: r.key, date: r.date, counted: previous !== null && previous.date >= yearBefore, need: r.need };
  }),
};
