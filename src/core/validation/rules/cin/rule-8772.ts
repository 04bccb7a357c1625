import { at, childRule, CIN_YEARS, type CinRule } from './cin-rule.ts';

/** UPNunknown UN7 ("referral with no further action") is only for a child whose every episode is a referral with no further action. */
export const rule: CinRule = childRule(
  {
    code: '8772',
    message: 'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
    severity: 'error',
    fields: ['UPNunknown', 'ReferralNFA'],
    tables: ['ChildIdentifiers'],
    years: CIN_YEARS,
    howToFix: 'The UPN reason UN7 is only for children whose every referral led to no further action: give the UPN or another reason.',
  },
  (child, _context, report) => {
    if (child.ChildIdentifiers.UPNunknown !== 'UN7') return;
    const furtherAction = child.CINdetails.filter((e) => e.ReferralNFA === false);
    if (furtherAction.length > 0) report(at.child(child, 'UPNunknown'), furtherAction.map((e) => at.episode(e, 'ReferralNFA')));
  },
);
