import { isWorkingDay } from '../../../calendar/working-days.ts';
import { addDays } from '../../../model/dates.ts';
import { at, CIN_YEARS, type CinRule, type CinContext } from './cin-rule.ts';

/** A referral dated before the last working day before 1 April is not flagged as a referral with no further action. */
export const rule: CinRule = {
  meta: {
    code: '8569Q',
    message: 'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
    severity: 'query',
    fields: ['ReferralNFA'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'A referral from before the census year cannot be a referral with no further action in this census: set ReferralNFA to 0 or correct the referral date.',
  },
  start: (context: CinContext) => {
    let cutoff = addDays(context.collectionStart, -1);
    while (!isWorkingDay(cutoff)) cutoff = addDays(cutoff, -1);
    return {
      record(child, _context, report) {
        for (let i = 0; i < child.CINdetails.length; i++) {
          const e = child.CINdetails[i]!;
          if (e.ReferralNFA === true && e.CINreferralDate !== null && e.CINreferralDate < cutoff) {
            report(at.episode(e, 'ReferralNFA'), [at.episode(e, 'CINreferralDate')]);
          }
        }
      },
    };
  },
};
