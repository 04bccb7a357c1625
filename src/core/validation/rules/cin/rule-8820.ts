import { overlaps } from '../../intervals.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** The episodes of a child do not overlap: each starts on or after the day the one before closed. */
export const rule: CinRule = childRule(
  {
    code: '8820',
    message: 'The dates on the CIN episodes for this child overlap',
    severity: 'error',
    fields: ['CINreferralDate', 'CINclosureDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Correct the referral and closure dates so that the child\'s episodes do not overlap.',
  },
  (child, _context, report) => {
    if (child.CINdetails.length < 2) return;
    const pairs = overlaps(child.CINdetails.map((e) => ({ item: e, start: e.CINreferralDate, end: e.CINclosureDate })));
    for (let i = 0; i < pairs.length; i++) {
      const [earlier, later] = pairs[i]!;
      report(at.episode(later, 'CINreferralDate'), [at.episode(earlier, 'CINreferralDate'), at.episode(earlier, 'CINclosureDate')]);
    }
  },
);
