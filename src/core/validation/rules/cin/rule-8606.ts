import { addDays } from '../../../model/dates.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** No referral is more than 40 weeks (280 days) before the date of birth, or the expected date of birth of an unborn child. */
export const rule: CinRule = childRule(
  {
    code: '8606',
    message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
    severity: 'error',
    fields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Check the referral date against the date of birth (or expected date of birth): a referral cannot be more than 40 weeks before birth.',
  },
  (child, _context, report) => {
    const ids = child.ChildIdentifiers;
    const birth = ids.PersonBirthDate ?? ids.ExpectedPersonBirthDate;
    if (birth === null) return;
    const earliest = addDays(birth, -280);
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.CINreferralDate !== null && e.CINreferralDate < earliest) {
        report(at.episode(e, 'CINreferralDate'), [at.child(child, ids.PersonBirthDate !== null ? 'PersonBirthDate' : 'ExpectedPersonBirthDate')]);
      }
    }
  },
);
