import { referralSource } from '../../../codes/cin-codes.ts';
import { codesIn } from '../../../codes/code-list.ts';
import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** Every episode has a referral source from the code list of the year. */
export const rule: CinRule = childRule(
  {
    code: '8866',
    message: 'Source of Referral is missing or an invalid code',
    severity: 'error',
    fields: ['CINreferralDate', 'ReferralSource'],
    tables: ['CINdetails'],
    years: CIN_YEARS,
    howToFix: 'Record the referral source with one of the DfE codes.',
  },
  (child, context, report) => {
    for (let i = 0; i < child.CINdetails.length; i++) {
      const e = child.CINdetails[i]!;
      if (e.ReferralSource === null || !codesIn(referralSource, context.endYear).has(e.ReferralSource)) report(at.episode(e, 'ReferralSource'), [at.episode(e, 'CINreferralDate')]);
    }
  },
);
